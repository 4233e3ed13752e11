using System.Buffers;
using Flow.Actors.Serialization;
using Flow.Core.Documents;
using Flow.Core.Wire;

namespace Flow.Bench.Remote;

/// <summary>
/// Puts a whole <see cref="DocumentArray"/> on the wire in the engine's own format (<c>DocumentArrayProto</c> through the
/// public <see cref="DocumentSerializer"/>, the same contract a ShardCall carries). The engine registers DocumentArrays
/// only inside its internal ShardCall / CallResult, so the benchmark registers the array itself under a bench-only id.
/// Writing costs one extra copy of the bytes (Serialize returns a byte[]) compared with the engine's internal serializer.
/// </summary>
internal sealed class DocumentArrayWireSerializer : IMessageSerializer
{
    /// <summary>A user id (≥ 1000) clear of the engine's 2000–2008.</summary>
    public const int TypeId = 1900;

    public void Write(object message, IBufferWriter<byte> output) => output.Write(DocumentSerializer.Serialize((DocumentArray)message));

    public object Read(ReadOnlySpan<byte> data) => DocumentSerializer.DeserializeArray(data);
}
