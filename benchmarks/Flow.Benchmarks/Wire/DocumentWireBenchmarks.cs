using BenchmarkDotNet.Attributes;
using Flow.Core.Documents;
using Flow.Core.Wire;

namespace Flow.Benchmarks.Wire;

/// <summary>
/// Serialize / deserialize a ~1 MiB DocumentArray (64 documents, as in <c>bench remote-docs</c>), text vs dense
/// embeddings.
/// </summary>
[MemoryDiagnoser]
public class DocumentWireBenchmarks
{
    private const int Count = 64;
    private const int PayloadBytes = 16_368; // 4092 floats: the serialized array is about 1 MiB

    private DocumentArray _docs = new();
    private byte[] _bytes = Array.Empty<byte>();

    [Params("text", "embedding")]
    public string Content { get; set; } = "text";

    [GlobalSetup]
    public void Setup()
    {
        _docs = Create(Content);
        _bytes = DocumentSerializer.Serialize(_docs);
    }

    /// <summary>Domain → bytes (what the wire serializer calls).</summary>
    [Benchmark]
    public byte[] Serialize() => DocumentSerializer.Serialize(_docs);

    /// <summary>Bytes → domain.</summary>
    [Benchmark]
    public DocumentArray Deserialize() => DocumentSerializer.DeserializeArray(_bytes);

    internal static DocumentArray Create(string content)
    {
        var random = new Random(42);
        var docs = new DocumentArray(Count);
        for (var i = 0; i < Count; i++)
        {
            var doc = new Document { Id = $"doc-{i:D4}" };
            if (content == "text")
            {
                doc.Text = string.Create(PayloadBytes, random, static (span, r) =>
                {
                    for (var j = 0; j < span.Length; j++)
                    {
                        span[j] = (char)('a' + r.Next(26));
                    }
                });
            }
            else
            {
                var values = new float[PayloadBytes / sizeof(float)];
                for (var j = 0; j < values.Length; j++)
                {
                    values[j] = random.NextSingle() * 2 - 1;
                }

                doc.Embedding = Embedding.Dense(values);
            }

            docs.Add(doc);
        }

        return docs;
    }
}
