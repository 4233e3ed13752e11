using System.Collections;

namespace Flow.Core.Documents;

/// <summary>
/// Jina's DocumentArray: an ordered list of documents, indexable by position and by id (O(1): an id
/// index is built on the first lookup and kept consistent by every mutation). Not thread-safe.
/// </summary>
/// <remarks>
/// Ids may repeat (as in Jina); lookups by id find the first document with that id. Documents are
/// held by reference: adding a document to two arrays shares it; use <see cref="Clone"/> to copy.
/// </remarks>
public sealed partial class DocumentArray : IList<Document>, IReadOnlyList<Document>
{
    private readonly List<Document> _docs;
    private Dictionary<string, int>? _index;

    /// <summary>Creates an empty array.</summary>
    public DocumentArray() => _docs = [];

    /// <summary>Creates an empty array with room for <paramref name="capacity"/> documents.</summary>
    /// <param name="capacity">The initial capacity.</param>
    public DocumentArray(int capacity) => _docs = new List<Document>(capacity);

    /// <summary>Creates an array holding the given documents (by reference), in order.</summary>
    /// <param name="docs">The documents.</param>
    public DocumentArray(IEnumerable<Document> docs) => _docs = [.. docs];

    /// <summary>The number of documents.</summary>
    public int Count => _docs.Count;

    bool ICollection<Document>.IsReadOnly => false;

    /// <summary>Gets or replaces the document at <paramref name="index"/>.</summary>
    /// <param name="index">The position.</param>
    public Document this[int index]
    {
        get => _docs[index];
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _docs[index] = value;
            _index = null;
        }
    }

    /// <summary>Gets the first document with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No document has that id.</exception>
    public Document this[string id] =>
        TryGet(id, out var doc) ? doc : throw new KeyNotFoundException($"No document with id '{id}' in the DocumentArray.");

    /// <summary>Finds the first document with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="document">The document, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Document document)
    {
        var i = IndexOf(id);
        if (i < 0)
        {
            document = null;
            return false;
        }

        document = _docs[i];
        return true;
    }

    /// <summary>True when a document has the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when found.</returns>
    public bool Contains(string id) => IndexOf(id) >= 0;

    /// <summary>The position of the first document with the given id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The position or -1.</returns>
    public int IndexOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return EnsureIndex().TryGetValue(id, out var i) ? i : -1;
    }

    /// <summary>Appends a document.</summary>
    /// <param name="item">The document.</param>
    public void Add(Document item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _docs.Add(item);
        _index?.TryAdd(item.Id, _docs.Count - 1);
    }

    /// <summary>Appends documents in order.</summary>
    /// <param name="items">The documents.</param>
    public void AddRange(IEnumerable<Document> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            Add(item);
        }
    }

    /// <summary>Inserts a document at a position.</summary>
    /// <param name="index">The position.</param>
    /// <param name="item">The document.</param>
    public void Insert(int index, Document item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _docs.Insert(index, item);
        _index = null;
    }

    /// <summary>Removes the document at a position.</summary>
    /// <param name="index">The position.</param>
    public void RemoveAt(int index)
    {
        _docs.RemoveAt(index);
        _index = null;
    }

    /// <summary>Removes the given document instance.</summary>
    /// <param name="item">The document.</param>
    /// <returns>True when it was present.</returns>
    public bool Remove(Document item)
    {
        var i = _docs.IndexOf(item);
        if (i < 0)
        {
            return false;
        }

        RemoveAt(i);
        return true;
    }

    /// <summary>Removes the first document with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when one was removed.</returns>
    public bool Remove(string id)
    {
        var i = IndexOf(id);
        if (i < 0)
        {
            return false;
        }

        RemoveAt(i);
        return true;
    }

    /// <summary>Removes every document.</summary>
    public void Clear()
    {
        _docs.Clear();
        _index = null;
    }

    /// <summary>The position of the given document instance, or -1.</summary>
    /// <param name="item">The document.</param>
    /// <returns>The position or -1.</returns>
    public int IndexOf(Document item) => _docs.IndexOf(item);

    /// <summary>True when the given document instance is present.</summary>
    /// <param name="item">The document.</param>
    /// <returns>True when present.</returns>
    public bool Contains(Document item) => _docs.Contains(item);

    /// <summary>Copies the documents (by reference) into an array.</summary>
    /// <param name="array">The destination.</param>
    /// <param name="arrayIndex">The first destination index.</param>
    public void CopyTo(Document[] array, int arrayIndex) => _docs.CopyTo(array, arrayIndex);

    /// <summary>Returns a deep copy: every document is cloned (see <see cref="Document.Clone"/>).</summary>
    /// <returns>An independent array.</returns>
    public DocumentArray Clone()
    {
        var copy = new DocumentArray(_docs.Count);
        foreach (var doc in _docs)
        {
            copy._docs.Add(doc.Clone());
        }

        return copy;
    }

    /// <summary>
    /// Jina's <c>reduce</c>: reduces <paramref name="other"/> into this array (see
    /// <see cref="Reduce.DocumentReducer.Reduce"/>); <paramref name="other"/> is consumed.
    /// </summary>
    /// <param name="other">The array reduced into this one.</param>
    /// <returns>This array.</returns>
    public DocumentArray Reduce(DocumentArray other) => Core.Reduce.DocumentReducer.Reduce(this, other);

    /// <summary>
    /// Jina's <c>reduce_all</c>: reduces each of <paramref name="others"/> into this array, in order;
    /// they are consumed.
    /// </summary>
    /// <param name="others">The arrays reduced into this one.</param>
    /// <returns>This array.</returns>
    public DocumentArray ReduceAll(IReadOnlyList<DocumentArray> others) => Core.Reduce.DocumentReducer.ReduceAll(this, others);

    /// <summary>Returns an allocation-free enumerator over the documents, in order.</summary>
    /// <returns>The enumerator.</returns>
    public List<Document>.Enumerator GetEnumerator() => _docs.GetEnumerator();

    IEnumerator<Document> IEnumerable<Document>.GetEnumerator() => _docs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _docs.GetEnumerator();

    private Dictionary<string, int> EnsureIndex()
    {
        if (_index is { } index)
        {
            return index;
        }

        index = new Dictionary<string, int>(_docs.Count, StringComparer.Ordinal);
        for (var i = 0; i < _docs.Count; i++)
        {
            index.TryAdd(_docs[i].Id, i);
        }

        _index = index;
        return index;
    }
}
