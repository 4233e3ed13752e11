using Grpc.Core;

namespace Flow.Gateway.Tests.Fuzz;

/// <summary>The gateway's gRPC methods with raw bytes as messages, to send what no generated client would.</summary>
internal static class RawMethods
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(static b => b, static b => b);

    public static readonly Method<byte[], byte[]> SingleData = new(MethodType.Unary, "jina.JinaSingleDataRequestRPC", "process_single_data", Bytes, Bytes);

    public static readonly Method<byte[], byte[]> Call = new(MethodType.DuplexStreaming, "jina.JinaRPC", "Call", Bytes, Bytes);
}
