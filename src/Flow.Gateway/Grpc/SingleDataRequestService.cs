using Flow.Gateway.Hosting;
using Flow.Gateway.Protos.Jina;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Flow.Gateway.Grpc;

/// <summary><c>jina.JinaSingleDataRequestRPC/process_single_data</c>: one request, one response.</summary>
internal sealed class SingleDataRequestService(GatewayState state)
{
    public Task<DataRequestProto> process_single_data(DataRequestProto request, ServerCallContext context)
    {
        var received = Timestamp.FromDateTime(DateTime.UtcNow);
        var target = state.Target;
        var flowRequest = UnaryRequests.Read(request, target.Endpoints, string.Empty, out var asBytes);
        return UnaryRequests.RunAsync(target, flowRequest, asBytes, received, context.CancellationToken);
    }
}
