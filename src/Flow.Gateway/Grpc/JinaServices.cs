namespace Flow.Gateway.Grpc;

/// <summary>The Jina services the gateway serves, bound to <see cref="GatewayMethods"/> by <see cref="JinaServicesMethodProvider"/>.</summary>
internal sealed class JinaServices(
    JinaRpcService call,
    SingleDataRequestService single,
    DataRequestService data,
    DiscoveryService discovery,
    DryRunService dryRun,
    InfoService info)
{
    public JinaRpcService Call { get; } = call;

    public SingleDataRequestService Single { get; } = single;

    public DataRequestService Data { get; } = data;

    public DiscoveryService Discovery { get; } = discovery;

    public DryRunService DryRun { get; } = dryRun;

    public InfoService Info { get; } = info;
}
