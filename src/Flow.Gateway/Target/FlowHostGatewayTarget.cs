using System.Text;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Core.Requests;
using Flow.Actors.Hosting;

namespace Flow.Gateway.Target;

/// <summary>
/// The front doors over a running <see cref="FlowHost"/>: requests go through its <c>FlowClient</c>, the dry run is its
/// readiness probe, and the endpoints come from the definition it was started with. The only type of Flow.Gateway that
/// knows the runtime; thread-safe.
/// </summary>
public sealed class FlowHostGatewayTarget : IFlowGatewayTarget
{
    private readonly FlowHost _host;

    /// <summary>Adapts <paramref name="host"/>, which runs <paramref name="definition"/>.</summary>
    /// <param name="host">The running Flow (not owned: the caller disposes it after the front doors stop).</param>
    /// <param name="definition">The definition the host was started with (for endpoint discovery).</param>
    /// <param name="registry">Where the definition's <c>uses</c> names resolve; null: <see cref="ExecutorRegistry.Default"/>.</param>
    public FlowHostGatewayTarget(FlowHost host, FlowDefinition definition, ExecutorRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(definition);
        _host = host;
        Endpoints = FlowEndpoints.FromDefinition(definition, registry);
    }

    /// <inheritdoc />
    public FlowEndpoints Endpoints { get; }

    /// <inheritdoc />
    public Task<FlowResponse> SendAsync(FlowRequest request, CancellationToken cancellationToken) =>
        _host.Client.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public async Task<FlowReadiness> DryRunAsync(CancellationToken cancellationToken)
    {
        var report = await _host.DryRunAsync(cancellationToken).ConfigureAwait(false);
        if (report.Ready)
        {
            return new FlowReadiness(true, "ready");
        }

        var text = new StringBuilder("not ready:");
        foreach (var e in report.Executors)
        {
            if (!e.Ready)
            {
                text.Append(' ').Append(e.Name).Append(" (").Append(e.AnsweredReplicas).Append(" of ")
                    .Append(e.Shards * e.Replicas).Append(" replicas answered)");
            }
        }

        return new FlowReadiness(false, text.ToString());
    }
}
