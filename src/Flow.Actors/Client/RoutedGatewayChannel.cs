using Akka.Actor;
using Flow.Actors.Gateway;
using Flow.Actors.Serialization;
using Flow.Core.Requests;

namespace Flow.Actors.Client;

/// <summary>
/// A Flow's gateways reached by path through a router of Akka's: the cluster client (an outside application) or the
/// distributed pub-sub mediator (a cluster member that does not run the Flow). Each request goes to one gateway
/// registered under the path. A request a stopping gateway refused without running it is sent again, so that a node
/// leaving in order loses nothing.
/// </summary>
internal sealed class RoutedGatewayChannel(Func<object, object> envelope, IActorRef router, TimeSpan? timeout, MessageSizeGuard? sizeGuard = null) : IGatewayChannel
{
    /// <summary>How often a refused request is sent again before the refusal is the answer.</summary>
    internal const int RefusedRetries = 5;

    public async Task<FlowResponse> SendAsync(FlowRequest request, CancellationToken cancellationToken)
    {
        var post = new PostRequest(request);
        if (sizeGuard?.RefusePost(post, router, crossesNodes: true) is { } refused)
        {
            return refused;
        }

        for (var attempt = 0; ; attempt++)
        {
            var response = await router.Ask<FlowResponse>(envelope(post), timeout, cancellationToken).ConfigureAwait(false);
            if (attempt == RefusedRetries || response.Error is not { ExceptionType: GatewayActor.RefusedWhileStopping })
            {
                return response;
            }
        }
    }
}
