using Google.Protobuf;
using Grpc.Core;

namespace Flow.Gateway.Grpc;

/// <summary>
/// Protobuf marshalling for the gateway's methods, as the generated code does it (straight from and into the transport's
/// buffers), except that bytes which are not the expected message are INVALID_ARGUMENT naming the message type, not
/// grpc-dotnet's UNKNOWN "Exception was thrown by handler".
/// </summary>
internal static class GatewayMarshaller
{
    public static Marshaller<T> For<T>(MessageParser<T> parser)
        where T : IMessage<T>
    {
        var name = parser.ParseFrom(ByteString.Empty).Descriptor.FullName;
        return Marshallers.Create<T>(
            static (message, context) =>
            {
                context.SetPayloadLength(message.CalculateSize());
                message.WriteTo(context.GetBufferWriter());
                context.Complete();
            },
            context =>
            {
                try
                {
                    return parser.ParseFrom(context.PayloadAsReadOnlySequence());
                }
                catch (InvalidProtocolBufferException e)
                {
                    throw new RpcException(new Status(StatusCode.InvalidArgument, $"malformed {name}: {e.Message}"));
                }
            });
    }
}
