using Flow.Gateway.Hosting;
using Flow.Gateway.Protos.Jina;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Flow.Gateway.Grpc;

/// <summary><c>jina.JinaDiscoverEndpointsRPC/endpoint_discovery</c>: the endpoints the Flow's executors bind (Flow has no write endpoints or schemas).</summary>
internal sealed class DiscoveryService(GatewayState state)
{
    public Task<EndpointsProto> endpoint_discovery(Empty request, ServerCallContext context)
    {
        var proto = new EndpointsProto { Schemas = new Struct() };
        proto.Endpoints.AddRange(state.Target.Endpoints.Endpoints);
        return Task.FromResult(proto);
    }
}
