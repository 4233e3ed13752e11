using System.Net;
using Flow.Gateway.Target;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Flow.Gateway.Hosting;

/// <summary>
/// The front doors on a Kestrel server of their own (what <c>flow run</c> and a node use): gRPC on one port (HTTP/2), HTTP
/// on another (HTTP/1.1). Start with <see cref="StartAsync"/>; <see cref="StopAsync"/> (or dispose) stops accepting, reports
/// NOT_SERVING on the health service and waits for requests in flight up to <see cref="FlowGatewayServerOptions.ShutdownTimeout"/>.
/// </summary>
public sealed class FlowGatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeSpan _shutdownTimeout;
    private int _stopped;

    private FlowGatewayServer(WebApplication app, TimeSpan shutdownTimeout, Uri? grpc, Uri? http)
    {
        _app = app;
        _shutdownTimeout = shutdownTimeout;
        GrpcAddress = grpc;
        HttpAddress = http;
    }

    /// <summary>The gRPC front door (<c>http://host:port</c>, HTTP/2 without TLS); null when off.</summary>
    public Uri? GrpcAddress { get; }

    /// <summary>The HTTP front door (<c>http://host:port</c>); null when off.</summary>
    public Uri? HttpAddress { get; }

    /// <summary>Starts serving <paramref name="target"/>; completes once both ports listen.</summary>
    /// <param name="target">The Flow (not owned: dispose it after the server).</param>
    /// <param name="options">Ports and limits; defaults (54321 and 8080 on 127.0.0.1) when null.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="ArgumentException">Both ports are off, or they are the same port.</exception>
    /// <exception cref="IOException">A port is in use.</exception>
    public static async Task<FlowGatewayServer> StartAsync(IFlowGatewayTarget target, FlowGatewayServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        options ??= new FlowGatewayServerOptions();
        if (options.GrpcPort is null && options.HttpPort is null)
        {
            throw new ArgumentException("Neither the gRPC nor the HTTP port is set: nothing to serve.", nameof(options));
        }

        if (options.GrpcPort is { } g && g != 0 && g == options.HttpPort)
        {
            throw new ArgumentException($"The gRPC and HTTP front doors cannot share port {g}.", nameof(options));
        }

        // Configured in code only: no appsettings.json (and no file watcher over the working directory), no ASPNETCORE_*
        // environment variables that could move the endpoints.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FlowGatewayServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        if (options.LoggerFactory is { } loggers)
        {
            builder.Services.AddSingleton(loggers);
        }

        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddFlowGateway(options.Gateway);
        ListenOptions? grpc = null;
        ListenOptions? http = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.Gateway.MaxRequestBytes;
            if (options.GrpcPort is { } grpcPort)
            {
                Listen(kestrel, options.Host, grpcPort, HttpProtocols.Http2, l => grpc = l);
            }

            if (options.HttpPort is { } httpPort)
            {
                Listen(kestrel, options.Host, httpPort, HttpProtocols.Http1, l => http = l);
            }
        });
        var app = builder.Build();
        app.MapFlowGateway(target);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new FlowGatewayServer(app, options.ShutdownTimeout, Address(grpc, options.Host), Address(http, options.Host));
    }

    /// <summary>Stops accepting, lets requests in flight finish (up to the shutdown timeout), then stops. Later calls do nothing.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        var health = _app.Services.GetRequiredService<HealthServiceImpl>();
        foreach (var service in Grpc.GatewayServices.Names)
        {
            health.SetStatus(service, HealthCheckResponse.Types.ServingStatus.NotServing);
        }

        using var timeout = new CancellationTokenSource(_shutdownTimeout);
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Stops (see <see cref="StopAsync"/>) and releases the server.</summary>
    /// <returns>A task that completes when done.</returns>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static void Listen(KestrelServerOptions kestrel, string host, int port, HttpProtocols protocols, Action<ListenOptions> capture)
    {
        void Configure(ListenOptions l)
        {
            l.Protocols = protocols;
            capture(l);
        }

        if (host is "0.0.0.0" or "*" or "+")
        {
            kestrel.ListenAnyIP(port, Configure);
        }
        else if (host == "localhost")
        {
            kestrel.Listen(IPAddress.Loopback, port, Configure);
        }
        else
        {
            kestrel.Listen(IPAddress.Parse(host), port, Configure);
        }
    }

    private static Uri? Address(ListenOptions? listen, string host)
    {
        if (listen?.IPEndPoint is not { } endpoint)
        {
            return null;
        }

        var address = endpoint.Address.Equals(IPAddress.Any) || endpoint.Address.Equals(IPAddress.IPv6Any) ? "0.0.0.0" : endpoint.Address.ToString();
        if (address.Contains(':', StringComparison.Ordinal))
        {
            address = "[" + address + "]";
        }

        return new Uri($"http://{address}:{endpoint.Port}");
    }
}
