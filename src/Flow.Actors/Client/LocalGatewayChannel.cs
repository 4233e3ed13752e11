using Akka.Actor;
using Flow.Actors.Gateway;
using Flow.Core.Requests;

namespace Flow.Actors.Client;

/// <summary>A gateway actor this process can message directly (the Flow runs here, or its gateway's ref is known).</summary>
internal sealed class LocalGatewayChannel(IActorRef gateway) : IGatewayChannel
{
    public Task<FlowResponse> SendAsync(FlowRequest request, CancellationToken cancellationToken) =>
        gateway.Ask<FlowResponse>(new PostRequest(request), cancellationToken);
}
