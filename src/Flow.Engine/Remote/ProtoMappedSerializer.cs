using System.Buffers;
using Flow.Actors.Serialization;
using Google.Protobuf;

namespace Flow.Engine.Remote;

/// <summary>Writes an engine message as its protobuf contract <typeparamref name="TProto"/> and reads it back through the contract's parser.</summary>
internal sealed class ProtoMappedSerializer<T, TProto>(Func<T, TProto> toProto, Func<TProto, T> fromProto) : IMessageSerializer
    where TProto : IMessage<TProto>, new()
{
    private static readonly MessageParser<TProto> Parser = new(static () => new TProto());

    public void Write(object message, IBufferWriter<byte> output) => toProto((T)message).WriteTo(output);

    public object Read(ReadOnlySpan<byte> data) => fromProto(Parser.ParseFrom(data))!;
}
