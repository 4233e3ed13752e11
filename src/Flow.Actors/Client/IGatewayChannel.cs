using Flow.Core.Requests;

namespace Flow.Actors.Client;

/// <summary>How a <see cref="FlowClient"/> reaches its Flow's gateway: in process, from a cluster member, or from an outside application through Akka's cluster client.</summary>
internal interface IGatewayChannel
{
    /// <summary>Sends <paramref name="request"/> (the Flow owns its documents from now on) and completes with the response, error or not.</summary>
    Task<FlowResponse> SendAsync(FlowRequest request, CancellationToken cancellationToken);
}
