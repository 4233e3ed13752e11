using System.Buffers;
using Google.Protobuf;

namespace Flow.Actors.Serialization;

/// <summary>Writes a Google.Protobuf message in its own wire format; reads with the type's parser.</summary>
internal sealed class ProtobufMessageSerializer<T> : IMessageSerializer
    where T : IMessage<T>, new()
{
    private static readonly MessageParser<T> Parser = new(static () => new T());

    public void Write(object message, IBufferWriter<byte> output) => ((T)message).WriteTo(output);

    public object Read(ReadOnlySpan<byte> data) => Parser.ParseFrom(data);
}
