namespace Flow.Core.Documents;

/// <summary>A dense row-major float matrix (the view of a DocumentArray's dense embeddings).</summary>
public sealed class DenseMatrix
{
    private readonly float[] _values;

    /// <summary>Creates a matrix over <paramref name="values"/> (taken, not copied).</summary>
    /// <param name="rows">Number of rows.</param>
    /// <param name="columns">Number of columns.</param>
    /// <param name="values">Row-major values, <c>rows × columns</c> of them.</param>
    /// <exception cref="ArgumentException">The value count does not match.</exception>
    public DenseMatrix(int rows, int columns, float[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if ((long)rows * columns != values.Length)
        {
            throw new ArgumentException($"A {rows} x {columns} matrix needs {(long)rows * columns} values, got {values.Length}.", nameof(values));
        }

        Rows = rows;
        Columns = columns;
        _values = values;
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>Every value, row-major.</summary>
    public Span<float> Values => _values;

    /// <summary>One row.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>The row's values.</returns>
    public Span<float> Row(int row) => _values.AsSpan(row * Columns, Columns);
}
