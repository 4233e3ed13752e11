using Grpc.AspNetCore.Server.Model;

namespace Flow.Gateway.Grpc;

/// <summary>Binds Jina's methods to <see cref="JinaServices"/> (instead of the generated service bases, whose marshallers answer malformed bytes with UNKNOWN).</summary>
internal sealed class JinaServicesMethodProvider : IServiceMethodProvider<JinaServices>
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<JinaServices> context)
    {
        context.AddDuplexStreamingMethod(GatewayMethods.Call, [], static (s, requests, responses, call) => s.Call.Call(requests, responses, call));
        context.AddUnaryMethod(GatewayMethods.SingleData, [], static (s, request, call) => s.Single.process_single_data(request, call));
        context.AddUnaryMethod(GatewayMethods.Data, [], static (s, request, call) => s.Data.process_data(request, call));
        context.AddUnaryMethod(GatewayMethods.Discovery, [], static (s, request, call) => s.Discovery.endpoint_discovery(request, call));
        context.AddUnaryMethod(GatewayMethods.DryRun, [], static (s, request, call) => s.DryRun.dry_run(request, call));
        context.AddUnaryMethod(GatewayMethods.InfoStatus, [], static (s, request, call) => s.Info._status(request, call));
    }
}
