using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using Flow.Core.Documents;

namespace Flow.Samples.TextSearch.Index;

/// <summary>
/// One shard's vectors: unit-length sparse rows in CSR form (column indices and values in flat lists)
/// with each row's id and name. 60,000 tf-idf rows of ~20 terms take ~10 MB, so everything stays in
/// memory. Cosine search gathers the query's weights at every stored column, multiplies them with the
/// stored values in one <see cref="TensorPrimitives.Multiply(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
/// and sums each row's products with <see cref="TensorPrimitives.Sum(ReadOnlySpan{float})"/>.
/// Not thread-safe: the engine calls an executor one request at a time.
/// </summary>
internal sealed class SparseIndex
{
    private readonly List<int> _rowOffsets = [0];
    private readonly List<int> _columns = [];
    private readonly List<float> _values = [];
    private readonly List<string> _ids = [];
    private readonly List<string> _names = [];
    private float[] _queryDense = [];
    private float[] _products = [];

    /// <summary>The vectors' dimension; 0 until the first row is added.</summary>
    public int Dimension { get; private set; }

    /// <summary>The number of rows.</summary>
    public int Count => _ids.Count;

    /// <summary>Row <paramref name="row"/>'s document id.</summary>
    /// <param name="row">A row.</param>
    /// <returns>The id.</returns>
    public string IdAt(int row) => _ids[row];

    /// <summary>Row <paramref name="row"/>'s name.</summary>
    /// <param name="row">A row.</param>
    /// <returns>The name.</returns>
    public string NameAt(int row) => _names[row];

    internal ReadOnlySpan<int> RowOffsets => CollectionsMarshal.AsSpan(_rowOffsets);

    internal ReadOnlySpan<int> Columns => CollectionsMarshal.AsSpan(_columns);

    internal ReadOnlySpan<float> Values => CollectionsMarshal.AsSpan(_values);

    /// <summary>Appends a row, scaled to unit length (a zero vector is stored as is and never matches).</summary>
    /// <param name="id">The document id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="vector">A sparse embedding of this index's dimension.</param>
    /// <exception cref="ArgumentException">The vector is dense or of another dimension.</exception>
    public void Add(string id, string name, Embedding vector)
    {
        CheckVector(vector);
        var values = vector.Values.ToArray();
        var norm = TensorPrimitives.Norm(values);
        if (norm > 0f)
        {
            TensorPrimitives.Divide(values, norm, values);
        }

        Append(id, name, vector.Indices.Span, values);
    }

    /// <summary>The <paramref name="k"/> rows most cosine-similar to <paramref name="query"/> (score &gt; 0), best first; ties by row.</summary>
    /// <param name="query">A sparse embedding of this index's dimension.</param>
    /// <param name="k">How many.</param>
    /// <returns>(row, cosine) pairs.</returns>
    public IReadOnlyList<(int Row, float Score)> Search(Embedding query, int k)
    {
        if (Count == 0 || k <= 0)
        {
            return [];
        }

        CheckVector(query);
        var qIndices = query.Indices.Span;
        var qValues = query.Values.Span;
        var qNorm = TensorPrimitives.Norm(qValues);
        if (qNorm == 0f)
        {
            return [];
        }

        if (_queryDense.Length < Dimension)
        {
            _queryDense = new float[Dimension];
        }

        for (var i = 0; i < qIndices.Length; i++)
        {
            _queryDense[qIndices[i]] = qValues[i] / qNorm;
        }

        var columns = Columns;
        if (_products.Length < columns.Length)
        {
            _products = new float[Math.Max(columns.Length, _products.Length * 2)];
        }

        var products = _products.AsSpan(0, columns.Length);
        for (var i = 0; i < columns.Length; i++)
        {
            products[i] = _queryDense[columns[i]];
        }

        TensorPrimitives.Multiply(products, Values, products);
        for (var i = 0; i < qIndices.Length; i++)
        {
            _queryDense[qIndices[i]] = 0f;
        }

        var top = new TopK(k);
        var offsets = RowOffsets;
        for (var row = 0; row < Count; row++)
        {
            var score = TensorPrimitives.Sum(products[offsets[row]..offsets[row + 1]]);
            if (score > 0f)
            {
                top.Offer(row, score);
            }
        }

        return top.ToSortedList();
    }

    /// <summary>Removes every row.</summary>
    public void Clear()
    {
        _rowOffsets.Clear();
        _rowOffsets.Add(0);
        _columns.Clear();
        _values.Clear();
        _ids.Clear();
        _names.Clear();
        Dimension = 0;
    }

    internal void Append(string id, string name, ReadOnlySpan<int> columns, ReadOnlySpan<float> unitValues)
    {
        _ids.Add(id);
        _names.Add(name);
        _columns.AddRange(columns);
        _values.AddRange(unitValues);
        _rowOffsets.Add(_columns.Count);
    }

    internal void SetDimension(int dimension) => Dimension = dimension;

    private void CheckVector(Embedding vector)
    {
        if (!vector.IsSparse)
        {
            throw new ArgumentException("The index stores sparse embeddings; got a dense one.", nameof(vector));
        }

        if (Dimension == 0)
        {
            Dimension = vector.Dimension;
        }
        else if (vector.Dimension != Dimension)
        {
            throw new ArgumentException($"Embedding dimension {vector.Dimension} differs from the index's {Dimension}: the vectorizer's vocabulary changed; re-index.", nameof(vector));
        }
    }
}
