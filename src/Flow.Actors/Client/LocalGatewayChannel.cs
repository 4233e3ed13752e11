using Akka.Actor;
using Flow.Actors.Gateway;
using Flow.Actors.Serialization;
using Flow.Core.Requests;

namespace Flow.Actors.Client;

/// <summary>A gateway actor this process can message directly (the Flow runs here, or its gateway's ref is known); a request too large for the wire to a remote gateway is refused before it is sent.</summary>
internal sealed class LocalGatewayChannel(IActorRef gateway, MessageSizeGuard? sizeGuard = null) : IGatewayChannel
{
    public Task<FlowResponse> SendAsync(FlowRequest request, CancellationToken cancellationToken)
    {
        var post = new PostRequest(request);
        return sizeGuard?.RefusePost(post, gateway) is { } refused
            ? Task.FromResult(refused)
            : gateway.Ask<FlowResponse>(post, cancellationToken);
    }
}
