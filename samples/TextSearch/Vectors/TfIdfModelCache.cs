using Flow.Samples.TextSearch.Corpus;
using Flow.Samples.TextSearch.Text;

namespace Flow.Samples.TextSearch.Vectors;

/// <summary>
/// The process's loaded models by file: replicas of one vectorizer share one immutable model, and
/// the first to find no file fits it while the others wait (a lock, held only at construction).
/// A file rewritten since (a new fit) is loaded again.
/// </summary>
internal static class TfIdfModelCache
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (DateTime Stamp, TfIdfModel Model)> Models = new(StringComparer.Ordinal);

    /// <summary>The model in <paramref name="path"/>; when there is none, fits one over <paramref name="corpus"/> and saves it there.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="corpus"><c>sdk</c> or a directory of XML documentation files.</param>
    /// <returns>The model.</returns>
    public static TfIdfModel LoadOrFit(string path, string corpus)
    {
        lock (Gate)
        {
            if (!File.Exists(path))
            {
                TfIdfModelFile.Save(Fit(SdkReferenceDocs.Resolve(corpus)), path);
            }

            var stamp = File.GetLastWriteTimeUtc(path);
            if (Models.TryGetValue(path, out var cached) && cached.Stamp == stamp)
            {
                return cached.Model;
            }

            var model = TfIdfModelFile.Load(path);
            Models[path] = (stamp, model);
            return model;
        }
    }

    /// <summary>Fits a model over every member of a directory of XML doc files, on the extractor's text.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The model.</returns>
    public static TfIdfModel Fit(string directory) =>
        TfIdfModel.Fit(XmlDocCorpus.ReadMembers(directory).Select(m => (IReadOnlyCollection<string>)Tokenizer.Tokenize(MemberDocReader.Read(m.Xml).IndexText)));
}
