using Flow.Core.Documents;

namespace Flow.Bench.CrossNode;

/// <summary>
/// The 1 MiB DocumentArray of the cross-node benchmark: 16 documents, each 16 KiB of text, a 32 KiB blob and a
/// 4,096-dimension float32 embedding (16 KiB): 1,048,576 bytes of content.
/// </summary>
internal static class CrossNodePayload
{
    public const int Documents = 16;
    public const int TextBytes = 16 * 1024;
    public const int BlobBytes = 32 * 1024;
    public const int EmbeddingDimension = 4096;

    /// <summary>The content bytes of one array (text, blobs and embeddings).</summary>
    public const int ContentBytes = Documents * (TextBytes + BlobBytes + (EmbeddingDimension * sizeof(float)));

    public static DocumentArray Create()
    {
        var random = new Random(7);
        var docs = new DocumentArray(Documents);
        for (var i = 0; i < Documents; i++)
        {
            var text = new char[TextBytes];
            for (var c = 0; c < text.Length; c++)
            {
                text[c] = (char)('a' + random.Next(26));
            }

            var blob = new byte[BlobBytes];
            random.NextBytes(blob);
            var embedding = new float[EmbeddingDimension];
            for (var d = 0; d < embedding.Length; d++)
            {
                embedding[d] = random.NextSingle();
            }

            docs.Add(new Document { Id = "d" + i, Text = new string(text), Blob = blob, MimeType = "application/octet-stream", Embedding = Embedding.Dense(embedding) });
        }

        return docs;
    }
}
