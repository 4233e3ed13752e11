using System.Text;

namespace Flow.Samples.TextSearch.Vectors;

/// <summary>
/// Saves and loads a <see cref="TfIdfModel"/> (binary: magic, version, document count, then each term
/// and its idf in column order). Saving writes a temporary file and renames it, so a reader sees the
/// old file or the whole new one; two writers of the same (deterministic) fit write the same bytes.
/// </summary>
internal static class TfIdfModelFile
{
    private const int Magic = 0x46444954; // "TIDF"
    private const int Version = 1;

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="model">The model.</param>
    /// <param name="path">The file.</param>
    public static void Save(TfIdfModel model, string path)
    {
        var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(model.DocumentCount);
            writer.Write(model.Dimension);
            for (var i = 0; i < model.Dimension; i++)
            {
                writer.Write(model.Terms[i]);
                writer.Write(model.Idf(i));
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">Not a model file, or another version.</exception>
    public static TfIdfModel Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"{path} is not a version {Version} TF-IDF model.");
        }

        var documents = reader.ReadInt32();
        var terms = new string[reader.ReadInt32()];
        var idf = new float[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = reader.ReadString();
            idf[i] = reader.ReadSingle();
        }

        return new TfIdfModel(terms, idf, documents);
    }
}
