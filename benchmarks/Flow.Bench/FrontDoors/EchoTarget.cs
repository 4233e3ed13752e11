using Flow.Core.Requests;
using Flow.Gateway.Target;

namespace Flow.Bench.FrontDoors;

/// <summary>A front door's target that answers at once with the request's documents: the front door and its load generator with no Flow behind.</summary>
internal sealed class EchoTarget : IFlowGatewayTarget
{
    public FlowEndpoints Endpoints { get; } = new([], hasDefaultHandler: true);

    public Task<FlowResponse> SendAsync(FlowRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new FlowResponse(request.RequestId, request.Docs) { Routes = { new RouteEntry("gateway", ResponseStatus.Ok) } });

    public Task<FlowReadiness> DryRunAsync(CancellationToken cancellationToken) => Task.FromResult(new FlowReadiness(true, "ready"));
}
