using System.Buffers;
using Google.Protobuf;

namespace Flow.Actors.Serialization.Builtin;

/// <summary>A runtime type written through its generated .proto contract (see Protos/runtime_messages.proto).</summary>
internal sealed class ProtoSerializer<TProto>(Func<object, TProto> toProto, Func<TProto, object> fromProto) : IMessageSerializer
    where TProto : IMessage<TProto>, new()
{
    private static readonly MessageParser<TProto> Parser = new(static () => new TProto());

    public void Write(object message, IBufferWriter<byte> output) => toProto(message).WriteTo(output);

    public object Read(ReadOnlySpan<byte> data) => fromProto(Parser.ParseFrom(data));
}
