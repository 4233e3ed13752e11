namespace Flow.Gateway.Grpc;

/// <summary>The gRPC services the front door serves, by full name (what <c>grpc.health.v1.Health</c> reports on; "" is the server as a whole).</summary>
internal static class GatewayServices
{
    public static readonly string[] Names =
    [
        string.Empty,
        "jina.JinaRPC",
        "jina.JinaSingleDataRequestRPC",
        "jina.JinaDataRequestRPC",
        "jina.JinaDiscoverEndpointsRPC",
        "jina.JinaGatewayDryRunRPC",
        "jina.JinaInfoRPC",
    ];
}
