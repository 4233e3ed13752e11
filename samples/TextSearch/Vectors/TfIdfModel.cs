using System.Numerics.Tensors;
using Flow.Core.Documents;

namespace Flow.Samples.TextSearch.Vectors;

/// <summary>
/// A fitted TF-IDF vocabulary: term → column (terms in ordinal order, so a fit is a pure function of
/// the corpus) and each column's smoothed idf, <c>ln((1 + n) / (1 + df)) + 1</c> (as scikit-learn's
/// <c>TfidfVectorizer</c>). <see cref="Transform"/> gives raw tf × idf, L2-normalised, as a sparse
/// embedding (raw tf measured better than sublinear <c>1 + ln tf</c> here: the indexed text repeats
/// the member's name on purpose; see README.md). Immutable, so one instance serves every replica.
/// </summary>
internal sealed class TfIdfModel
{
    private readonly Dictionary<string, int> _columns;
    private readonly float[] _idf;

    internal TfIdfModel(string[] terms, float[] idf, int documentCount)
    {
        Terms = terms;
        _idf = idf;
        DocumentCount = documentCount;
        _columns = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            _columns.Add(terms[i], i);
        }
    }

    /// <summary>The vocabulary, in column order.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The number of documents the model was fitted on.</summary>
    public int DocumentCount { get; }

    /// <summary>The embedding dimension (the vocabulary size).</summary>
    public int Dimension => Terms.Count;

    /// <summary>The idf of a column.</summary>
    /// <param name="column">A column.</param>
    /// <returns>Its idf.</returns>
    public float Idf(int column) => _idf[column];

    /// <summary>The column of a term, or -1 when it is not in the vocabulary.</summary>
    /// <param name="term">A term.</param>
    /// <returns>The column or -1.</returns>
    public int ColumnOf(string term) => _columns.TryGetValue(term, out var c) ? c : -1;

    /// <summary>Fits the vocabulary and idf on tokenized documents.</summary>
    /// <param name="documents">Each document's terms.</param>
    /// <returns>The model.</returns>
    public static TfIdfModel Fit(IEnumerable<IReadOnlyCollection<string>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var terms in documents)
        {
            n++;
            distinct.Clear();
            distinct.UnionWith(terms);
            foreach (var term in distinct)
            {
                df[term] = df.TryGetValue(term, out var c) ? c + 1 : 1;
            }
        }

        var vocabulary = df.Keys.ToArray();
        Array.Sort(vocabulary, StringComparer.Ordinal);
        var idf = new float[vocabulary.Length];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            idf[i] = (float)(Math.Log((1.0 + n) / (1.0 + df[vocabulary[i]])) + 1.0);
        }

        return new TfIdfModel(vocabulary, idf, n);
    }

    /// <summary>The L2-normalised tf-idf vector of a document's terms (terms outside the vocabulary are ignored).</summary>
    /// <param name="terms">The document's terms.</param>
    /// <returns>A sparse embedding of <see cref="Dimension"/>; no entries when no term is known.</returns>
    public Embedding Transform(IEnumerable<string> terms)
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var term in terms)
        {
            if (_columns.TryGetValue(term, out var column))
            {
                counts[column] = counts.TryGetValue(column, out var c) ? c + 1 : 1;
            }
        }

        var indices = new int[counts.Count];
        var values = new float[counts.Count];
        var i = 0;
        foreach (var (column, count) in counts)
        {
            indices[i] = column;
            values[i] = count * _idf[column];
            i++;
        }

        var norm = TensorPrimitives.Norm(values);
        if (norm > 0f)
        {
            TensorPrimitives.Divide(values, norm, values);
        }

        return Embedding.Sparse(Dimension, indices, values);
    }
}
