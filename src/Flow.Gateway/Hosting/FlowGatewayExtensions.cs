using Flow.Gateway.Grpc;
using Flow.Gateway.Http;
using Flow.Gateway.Target;
using Grpc.AspNetCore.Server.Model;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Flow.Gateway.Hosting;

/// <summary>
/// Serves a Flow's front doors from an application's own ASP.NET Core pipeline:
/// <c>builder.Services.AddFlowGateway()</c>, then <c>app.MapFlowGateway(target)</c>. gRPC needs HTTP/2 on the
/// endpoint that serves it (Kestrel: <c>HttpProtocols.Http2</c> or TLS); the HTTP routes work over HTTP/1.1 and 2.
/// </summary>
public static class FlowGatewayExtensions
{
    /// <summary>Registers gRPC, the health service and the front doors' services, with <paramref name="options"/> (defaults when null).</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="options">Prefetch and size limits.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddFlowGateway(this IServiceCollection services, FlowGatewayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        options ??= new FlowGatewayOptions();
        options.Validate();
        services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = options.MaxRequestBytes;
            grpc.MaxSendMessageSize = null;
            grpc.EnableDetailedErrors = false;
        });
        services.TryAddSingleton(new GatewayState(options));
        services.TryAddSingleton<HttpFrontDoor>();
        services.TryAddSingleton<HealthServiceImpl>();
        services.TryAddSingleton<JinaRpcService>();
        services.TryAddSingleton<SingleDataRequestService>();
        services.TryAddSingleton<DataRequestService>();
        services.TryAddSingleton<DiscoveryService>();
        services.TryAddSingleton<DryRunService>();
        services.TryAddSingleton<InfoService>();
        services.TryAddSingleton<JinaServices>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IServiceMethodProvider<JinaServices>, JinaServicesMethodProvider>());
        return services;
    }

    /// <summary>
    /// Maps Jina's gRPC services (<c>jina.JinaRPC</c>, ..., <c>grpc.health.v1.Health</c>) and HTTP routes (<c>POST /post</c>,
    /// <c>GET /status</c>, <c>GET /dry_run</c>, the CRUD routes, <c>GET /openapi.json</c>) onto <paramref name="target"/>.
    /// Once per application.
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="target">The Flow (e.g. a <see cref="FlowHostGatewayTarget"/>); not owned.</param>
    /// <returns><paramref name="endpoints"/>.</returns>
    /// <exception cref="InvalidOperationException"><see cref="AddFlowGateway"/> was not called, or the gateway is mapped already.</exception>
    public static IEndpointRouteBuilder MapFlowGateway(this IEndpointRouteBuilder endpoints, IFlowGatewayTarget target)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(target);
        var state = endpoints.ServiceProvider.GetService<GatewayState>()
            ?? throw new InvalidOperationException("Call services.AddFlowGateway() before MapFlowGateway.");
        state.Bind(target);
        var health = endpoints.ServiceProvider.GetRequiredService<HealthServiceImpl>();
        foreach (var service in GatewayServices.Names)
        {
            health.SetStatus(service, global::Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving);
        }

        endpoints.MapGrpcService<JinaServices>();
        endpoints.MapGrpcService<HealthServiceImpl>();
        HttpRoutes.Map(endpoints, endpoints.ServiceProvider.GetRequiredService<HttpFrontDoor>(), state.Options.MaxRequestBytes);
        return endpoints;
    }
}
