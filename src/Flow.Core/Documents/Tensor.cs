namespace Flow.Core.Documents;

/// <summary>
/// An immutable float tensor: row-major values and a shape. The arrays given to the constructor are
/// owned by the tensor afterwards: do not modify them.
/// </summary>
public sealed class Tensor : IEquatable<Tensor>
{
    private readonly float[] _values;
    private readonly int[] _shape;

    /// <summary>Creates a tensor; a null shape means one dimension of <c>values.Length</c>.</summary>
    /// <param name="values">Row-major values.</param>
    /// <param name="shape">The shape; its product must equal <c>values.Length</c>.</param>
    /// <exception cref="ArgumentException">The shape does not match the number of values.</exception>
    public Tensor(float[] values, int[]? shape = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        shape ??= [values.Length];
        long product = 1;
        foreach (var d in shape)
        {
            if (d < 0)
            {
                throw new ArgumentException($"Tensor shape has a negative dimension {d}.", nameof(shape));
            }

            product *= d;
        }

        if (product != values.Length)
        {
            throw new ArgumentException($"Tensor shape [{string.Join(", ", shape)}] needs {product} values, got {values.Length}.", nameof(shape));
        }

        _values = values;
        _shape = shape;
    }

    /// <summary>Row-major values.</summary>
    public ReadOnlyMemory<float> Values => _values;

    /// <summary>The shape.</summary>
    public ReadOnlyMemory<int> Shape => _shape;

    /// <inheritdoc />
    public bool Equals(Tensor? other) =>
        other is not null && _shape.AsSpan().SequenceEqual(other._shape) && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Tensor);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_shape.Length, _values.Length);
}
