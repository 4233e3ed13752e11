using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Samples.TextSearch.Text;
using Flow.Samples.TextSearch.Vectors;

namespace Flow.Samples.TextSearch.Executors;

/// <summary>
/// Sets each text document's embedding to its sparse TF-IDF vector (the seed's <c>MyVectorizer</c>).
/// </summary>
/// <remarks>
/// The vocabulary and idf must be the same in every replica and at index and query time, so they are
/// not learnt from the requests (each replica would see a different half). The model is fitted once,
/// deterministically, over the whole <c>corpus</c> (<c>sdk</c> or a directory of XML doc files), when the
/// workspace <c>&lt;workspace&gt;/&lt;name&gt;/0/tfidf.model</c> has none, and persisted there; every later
/// start loads it. The replicas share shard 0's workspace, hence the file; in one process they also
/// share the loaded model (<see cref="TfIdfModelCache"/>), fitted once under a lock.
/// </remarks>
public sealed class TfIdfVectorizer : Executor
{
    /// <summary>The model's file name in the workspace.</summary>
    public const string ModelFileName = "tfidf.model";

    private readonly TfIdfModel _model;

    /// <summary>Loads the workspace's model, fitting and saving it first when there is none.</summary>
    /// <param name="corpus"><c>sdk</c> (the SDK's reference docs) or a directory of XML documentation files.</param>
    public TfIdfVectorizer(string corpus = "sdk") =>
        _model = TfIdfModelCache.LoadOrFit(Path.Combine(Workspace, ModelFileName), corpus);

    /// <summary>The vocabulary size (the embeddings' dimension).</summary>
    public int Dimension => _model.Dimension;

    /// <summary>Sets the embedding of every document that has text (and is not raw XML), in place.</summary>
    /// <param name="docs">The request's documents.</param>
    [Requests]
    public void Vectorize(DocumentArray docs)
    {
        foreach (var doc in docs)
        {
            if (!string.IsNullOrEmpty(doc.Text) && doc.MimeType != Corpus.XmlDocCorpus.MemberXmlMimeType)
            {
                doc.Embedding = _model.Transform(Tokenizer.Tokenize(doc.Text));
            }
        }
    }
}
