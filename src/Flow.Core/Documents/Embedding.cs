namespace Flow.Core.Documents;

/// <summary>
/// An immutable embedding vector, dense or sparse (indices and values below a dimension). The arrays
/// given to the factories are owned by the embedding afterwards: do not modify them.
/// </summary>
public sealed class Embedding : IEquatable<Embedding>
{
    private readonly float[] _values;
    private readonly int[]? _indices;

    private Embedding(int dimension, float[] values, int[]? indices)
    {
        Dimension = dimension;
        _values = values;
        _indices = indices;
    }

    /// <summary>The vector's dimension (its length when dense).</summary>
    public int Dimension { get; }

    /// <summary>True when the vector is sparse.</summary>
    public bool IsSparse => _indices is not null;

    /// <summary>Dense: every coordinate. Sparse: the non-zero values, aligned with <see cref="Indices"/>.</summary>
    public ReadOnlyMemory<float> Values => _values;

    /// <summary>Sparse: the coordinates of <see cref="Values"/> (strictly ascending). Dense: empty.</summary>
    public ReadOnlyMemory<int> Indices => _indices;

    /// <summary>Creates a dense embedding that takes ownership of <paramref name="values"/>.</summary>
    /// <param name="values">The coordinates.</param>
    /// <returns>The embedding.</returns>
    public static Embedding Dense(float[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new Embedding(values.Length, values, null);
    }

    /// <summary>Creates a sparse embedding that takes ownership of the arrays.</summary>
    /// <param name="dimension">The vector's dimension.</param>
    /// <param name="indices">Strictly ascending coordinates in [0, dimension).</param>
    /// <param name="values">The values at <paramref name="indices"/>.</param>
    /// <returns>The embedding.</returns>
    /// <exception cref="ArgumentException">Lengths differ, or an index is out of range or not ascending.</exception>
    public static Embedding Sparse(int dimension, int[] indices, float[] values)
    {
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        if (indices.Length != values.Length)
        {
            throw new ArgumentException($"Sparse embedding has {indices.Length} indices but {values.Length} values.", nameof(values));
        }

        var previous = -1;
        foreach (var index in indices)
        {
            if (index <= previous || index >= dimension)
            {
                throw new ArgumentException($"Sparse embedding index {index} is out of range [0, {dimension}) or not ascending.", nameof(indices));
            }

            previous = index;
        }

        return new Embedding(dimension, values, indices);
    }

    /// <summary>Returns the vector as a new dense array (densifying a sparse one).</summary>
    /// <returns>A new array of <see cref="Dimension"/> floats.</returns>
    public float[] ToDense()
    {
        if (_indices is null)
        {
            return (float[])_values.Clone();
        }

        var dense = new float[Dimension];
        for (var i = 0; i < _indices.Length; i++)
        {
            dense[_indices[i]] = _values[i];
        }

        return dense;
    }

    /// <inheritdoc />
    public bool Equals(Embedding? other) =>
        other is not null && Dimension == other.Dimension && IsSparse == other.IsSparse
        && _values.AsSpan().SequenceEqual(other._values)
        && (_indices is null || _indices.AsSpan().SequenceEqual(other._indices));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Embedding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimension, IsSparse, _values.Length);
}
