namespace Flow.Core.Documents;

/// <summary>A sparse float matrix in CSR form (the view of a DocumentArray's sparse embeddings).</summary>
public sealed class SparseMatrix
{
    private readonly int[] _rowOffsets;
    private readonly int[] _columnIndices;
    private readonly float[] _values;

    /// <summary>Creates a CSR matrix over the given arrays (taken, not copied).</summary>
    /// <param name="rows">Number of rows.</param>
    /// <param name="columns">Number of columns.</param>
    /// <param name="rowOffsets"><c>rows + 1</c> offsets: row <c>r</c> is entries <c>[rowOffsets[r], rowOffsets[r+1])</c>.</param>
    /// <param name="columnIndices">The column of each entry (ascending within a row).</param>
    /// <param name="values">The value of each entry.</param>
    /// <exception cref="ArgumentException">The arrays are inconsistent.</exception>
    public SparseMatrix(int rows, int columns, int[] rowOffsets, int[] columnIndices, float[] values)
    {
        ArgumentNullException.ThrowIfNull(rowOffsets);
        ArgumentNullException.ThrowIfNull(columnIndices);
        ArgumentNullException.ThrowIfNull(values);
        if (rowOffsets.Length != rows + 1 || columnIndices.Length != values.Length || rowOffsets[rows] != values.Length)
        {
            throw new ArgumentException("Inconsistent CSR arrays.", nameof(rowOffsets));
        }

        Rows = rows;
        Columns = columns;
        _rowOffsets = rowOffsets;
        _columnIndices = columnIndices;
        _values = values;
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>Row offsets (<see cref="Rows"/> + 1 of them).</summary>
    public ReadOnlySpan<int> RowOffsets => _rowOffsets;

    /// <summary>The column of every stored entry.</summary>
    public ReadOnlySpan<int> ColumnIndices => _columnIndices;

    /// <summary>The value of every stored entry.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>One row's stored column indices.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>The row's column indices (ascending).</returns>
    public ReadOnlySpan<int> RowIndices(int row) => _columnIndices.AsSpan(_rowOffsets[row], _rowOffsets[row + 1] - _rowOffsets[row]);

    /// <summary>One row's stored values, aligned with <see cref="RowIndices"/>.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>The row's values.</returns>
    public ReadOnlySpan<float> RowValues(int row) => _values.AsSpan(_rowOffsets[row], _rowOffsets[row + 1] - _rowOffsets[row]);
}
