using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Samples.TextSearch.Index;

namespace Flow.Samples.TextSearch.Executors;

/// <summary>
/// One shard of the vector index. <c>/index</c> stores each document's id, <c>name</c> tag and sparse
/// embedding; <c>/search</c> adds to each query document its <c>top_k</c> most cosine-similar stored
/// documents as matches (id, <c>name</c> tag, <c>cosine</c> score), best first; <c>/persist</c> writes
/// the shard to <c>&lt;workspace&gt;/&lt;name&gt;/&lt;shard&gt;/index.bin</c>, which the constructor loads
/// on the next start; <c>/status</c> adds to each document one match per shard whose <c>rows</c> score
/// is the shard's size. Polling: <c>/index</c> ANY (each document lands in one shard), the rest ALL.
/// </summary>
public sealed class SparseVectorIndexer : Executor
{
    /// <summary>The shard's file name in its workspace.</summary>
    public const string IndexFileName = "index.bin";

    private readonly SparseIndex _index = new();
    private readonly int _topK;
    private readonly string _file;

    /// <summary>Creates the shard, loading its workspace's index file when there is one.</summary>
    /// <param name="topK">Matches per query when the request does not say (<c>top_k</c>).</param>
    public SparseVectorIndexer(int topK = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(topK);
        _topK = topK;
        _file = Path.Combine(Workspace, IndexFileName);
        if (File.Exists(_file))
        {
            SparseIndexFile.Load(_index, _file);
        }
    }

    /// <summary>The number of stored documents.</summary>
    public int Count => _index.Count;

    /// <summary>Stores every document that has an embedding.</summary>
    /// <param name="docs">The documents.</param>
    [Requests("/index")]
    public void Index(DocumentArray docs)
    {
        foreach (var doc in docs)
        {
            if (doc.Embedding is { } embedding)
            {
                var name = doc.Tags[DocFields.Name]?.GetValue<string>() ?? doc.Id;
                _index.Add(doc.Id, name, embedding);
            }
        }
    }

    /// <summary>Adds the top-k matches to every query document that has an embedding.</summary>
    /// <param name="docs">The queries.</param>
    /// <param name="parameters">May hold <c>top_k</c>.</param>
    [Requests("/search")]
    public void Search(DocumentArray docs, JsonObject parameters)
    {
        var k = parameters[DocFields.TopK] is JsonValue v && v.TryGetValue<int>(out var requested) ? requested : _topK;
        foreach (var doc in docs)
        {
            if (doc.Embedding is not { } query)
            {
                continue;
            }

            foreach (var (row, score) in _index.Search(query, k))
            {
                var match = new Document { Id = _index.IdAt(row) };
                match.Tags[DocFields.Name] = _index.NameAt(row);
                match.Scores[DocFields.Cosine] = new NamedScore(score, DocFields.Cosine);
                doc.Matches.Add(match);
            }
        }
    }

    /// <summary>Writes the shard to its workspace (a whole snapshot, atomically).</summary>
    /// <returns>The number of rows written, as <c>{"rows": n}</c>.</returns>
    [Requests("/persist")]
    public Dictionary<string, int> Persist()
    {
        SparseIndexFile.Save(_index, _file);
        return new Dictionary<string, int> { [DocFields.Rows] = _index.Count };
    }

    /// <summary>Adds a match named after this shard's runtime name, scored with its size.</summary>
    /// <param name="docs">The status request's documents.</param>
    [Requests("/status")]
    public void Status(DocumentArray docs)
    {
        foreach (var doc in docs)
        {
            var match = new Document { Id = Runtime.RuntimeName };
            match.Scores[DocFields.Rows] = new NamedScore(_index.Count, DocFields.Rows);
            doc.Matches.Add(match);
        }
    }
}
