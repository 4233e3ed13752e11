namespace Flow.Core.Documents;

public sealed partial class DocumentArray
{
    /// <summary>
    /// The embeddings as a dense row-major matrix, one row per document in order (sparse embeddings
    /// are densified). Jina's <c>docs.embeddings</c>.
    /// </summary>
    /// <returns>A new matrix; an empty array gives a 0 × 0 matrix.</returns>
    /// <exception cref="InvalidOperationException">A document has no embedding, or dimensions differ.</exception>
    public DenseMatrix GetDenseEmbeddings()
    {
        var columns = CommonDimension();
        var values = new float[_docs.Count * columns];
        for (var row = 0; row < _docs.Count; row++)
        {
            var e = _docs[row].Embedding!;
            var target = values.AsSpan(row * columns, columns);
            if (e.IsSparse)
            {
                var indices = e.Indices.Span;
                var v = e.Values.Span;
                for (var i = 0; i < indices.Length; i++)
                {
                    target[indices[i]] = v[i];
                }
            }
            else
            {
                e.Values.Span.CopyTo(target);
            }
        }

        return new DenseMatrix(_docs.Count, columns, values);
    }

    /// <summary>
    /// The embeddings as a sparse (CSR) matrix, one row per document in order (zeros of dense
    /// embeddings are dropped).
    /// </summary>
    /// <returns>A new matrix.</returns>
    /// <exception cref="InvalidOperationException">A document has no embedding, or dimensions differ.</exception>
    public SparseMatrix GetSparseEmbeddings()
    {
        var columns = CommonDimension();
        var offsets = new int[_docs.Count + 1];
        var indices = new List<int>();
        var values = new List<float>();
        for (var row = 0; row < _docs.Count; row++)
        {
            var e = _docs[row].Embedding!;
            var v = e.Values.Span;
            if (e.IsSparse)
            {
                var idx = e.Indices.Span;
                for (var i = 0; i < idx.Length; i++)
                {
                    indices.Add(idx[i]);
                    values.Add(v[i]);
                }
            }
            else
            {
                for (var i = 0; i < v.Length; i++)
                {
                    if (v[i] != 0f)
                    {
                        indices.Add(i);
                        values.Add(v[i]);
                    }
                }
            }

            offsets[row + 1] = indices.Count;
        }

        return new SparseMatrix(_docs.Count, columns, offsets, [.. indices], [.. values]);
    }

    /// <summary>Assigns row <c>i</c> of <paramref name="matrix"/> as the dense embedding of document <c>i</c>.</summary>
    /// <param name="matrix">One row per document.</param>
    /// <exception cref="ArgumentException">The row count differs from <see cref="Count"/>.</exception>
    public void SetEmbeddings(DenseMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        CheckRows(matrix.Rows);
        for (var row = 0; row < matrix.Rows; row++)
        {
            _docs[row].Embedding = Embedding.Dense(matrix.Row(row).ToArray());
        }
    }

    /// <summary>
    /// Assigns row <c>i</c> of <paramref name="matrix"/> as the sparse embedding of document <c>i</c>
    /// (as Jina's <c>docs.embeddings = X</c> with a scipy sparse matrix).
    /// </summary>
    /// <param name="matrix">One row per document.</param>
    /// <exception cref="ArgumentException">The row count differs from <see cref="Count"/>.</exception>
    public void SetEmbeddings(SparseMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        CheckRows(matrix.Rows);
        for (var row = 0; row < matrix.Rows; row++)
        {
            _docs[row].Embedding = Embedding.Sparse(matrix.Columns, matrix.RowIndices(row).ToArray(), matrix.RowValues(row).ToArray());
        }
    }

    private void CheckRows(int rows)
    {
        if (rows != _docs.Count)
        {
            throw new ArgumentException($"The matrix has {rows} rows but the DocumentArray has {_docs.Count} documents.");
        }
    }

    private int CommonDimension()
    {
        var dimension = -1;
        for (var i = 0; i < _docs.Count; i++)
        {
            var e = _docs[i].Embedding
                ?? throw new InvalidOperationException($"Document {i} ('{_docs[i].Id}') has no embedding.");
            if (dimension >= 0 && e.Dimension != dimension)
            {
                throw new InvalidOperationException($"Document {i} ('{_docs[i].Id}') has an embedding of dimension {e.Dimension}, expected {dimension}.");
            }

            dimension = e.Dimension;
        }

        return Math.Max(dimension, 0);
    }
}
