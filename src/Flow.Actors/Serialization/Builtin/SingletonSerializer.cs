using System.Buffers;

namespace Flow.Actors.Serialization.Builtin;

/// <summary>A parameterless singleton (PoisonPill, Kill, Terminate): no bytes at all.</summary>
internal sealed class SingletonSerializer(object instance) : IMessageSerializer
{
    public void Write(object message, IBufferWriter<byte> output)
    {
    }

    public object Read(ReadOnlySpan<byte> data) => instance;
}
