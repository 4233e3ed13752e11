using System.Buffers;

namespace Flow.Actors.Serialization;

/// <summary>
/// Turns messages of the types it is registered for into bytes and back. Called on the transport's threads
/// (one writer and one reader per connection), so implementations must be thread-safe and should not block.
/// Refs inside messages are written with <see cref="ActorRefWire.ToWire"/> and read with <see cref="ActorRefWire.FromWire"/>.
/// </summary>
public interface IMessageSerializer
{
    /// <summary>Writes <paramref name="message"/> (an instance of a type this serializer is registered for).</summary>
    void Write(object message, IBufferWriter<byte> output);

    /// <summary>Reads a message written by <see cref="Write"/>; throws on malformed input (the transport drops it).</summary>
    object Read(ReadOnlySpan<byte> data);
}
