using Flow.Core.Requests;

namespace Flow.Gateway.Target;

/// <summary>
/// What the front doors post to: a running Flow. <see cref="FlowHostGatewayTarget"/> adapts a <c>FlowHost</c>;
/// tests and other runtimes implement it directly. Implementations must be thread-safe: the front doors call
/// <see cref="SendAsync"/> concurrently from many connections.
/// </summary>
public interface IFlowGatewayTarget
{
    /// <summary>The endpoints the Flow's executors bind (served by endpoint discovery; unknown endpoints are refused).</summary>
    FlowEndpoints Endpoints { get; }

    /// <summary>Runs one request through the Flow and returns its response, error or not (an executor error is a response, not an exception).</summary>
    /// <param name="request">The request; the Flow owns its documents from now on.</param>
    /// <param name="cancellationToken">Canceled when the client goes away: stops waiting.</param>
    /// <returns>The response.</returns>
    Task<FlowResponse> SendAsync(FlowRequest request, CancellationToken cancellationToken);

    /// <summary>Checks that every executor of the Flow answers (Jina's dry run).</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether the Flow can serve, and why not.</returns>
    Task<FlowReadiness> DryRunAsync(CancellationToken cancellationToken);
}
