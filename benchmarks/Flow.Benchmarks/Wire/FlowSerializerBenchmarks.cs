using BenchmarkDotNet.Attributes;
using Flow.Actors.Executors;
using Flow.Actors.Serialization;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Runs;

namespace Flow.Benchmarks.Wire;

/// <summary>
/// FlowSerializer on a <see cref="ShardCall"/> carrying a ~1 MiB DocumentArray (64 documents, each with 4 KiB of text,
/// a 4 KiB blob and a 2048-float dense embedding): ToBinary, FromBinary, and what a call to another node costs when
/// MessageSizeGuard measured it first (its bytes reused) versus serializing it twice.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FlowSerializerBenchmarks
{
    private const int Count = 64;
    private const int TextChars = 4096;
    private const int BlobBytes = 4096;
    private const int Dimensions = 2048;

    private readonly FlowSerializer _serializer = new(null!);
    private ShardCall _call = null!;
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var docs = new DocumentArray(Count);
        for (var i = 0; i < Count; i++)
        {
            var blob = new byte[BlobBytes];
            random.NextBytes(blob);
            var values = new float[Dimensions];
            for (var j = 0; j < values.Length; j++)
            {
                values[j] = random.NextSingle() * 2 - 1;
            }

            docs.Add(new Document
            {
                Id = $"doc-{i:D4}",
                Text = new string((char)('a' + (i % 26)), TextChars),
                Blob = blob,
                Embedding = Embedding.Dense(values),
            });
        }

        _call = new ShardCall(new CallKey(1, 0, CallStage.Shard, 0), new ExecutorInput("/index", docs, new() { ["top_k"] = 10 }));
        _bytes = _serializer.ToBinary(_call);
    }

    /// <summary>The serialized size, for the report.</summary>
    public int Bytes => _bytes.Length;

    [Benchmark]
    public byte[] ToBinary() => _serializer.ToBinary(_call);

    [Benchmark]
    public object FromBinary() => _serializer.FromBinary(_bytes, WireManifests.ShardCall);

    /// <summary>MessageSizeGuard's measure, then the remoting's ToBinary taking the same bytes.</summary>
    [Benchmark]
    public byte[] MeasuredThenSent()
    {
        PreSerialized.Keep(_call, _serializer.ToBinary(_call));
        return _serializer.ToBinary(_call);
    }

    /// <summary>The same without reuse: measured by serializing, then serialized again to send.</summary>
    [Benchmark]
    public byte[] SerializedTwice()
    {
        _ = _serializer.ToBinary(_call);
        return _serializer.ToBinary(_call);
    }
}
