using Flow.Hocon;
using Microsoft.Extensions.Logging;

namespace Flow.Gateway.Hosting;

/// <summary>Where <see cref="FlowGatewayServer"/> listens. A null port leaves that front door off; port 0 picks a free one.</summary>
public sealed record FlowGatewayServerOptions
{
    /// <summary>Jina's default gRPC port.</summary>
    public const int DefaultGrpcPort = 54321;

    /// <summary>The default HTTP port.</summary>
    public const int DefaultHttpPort = 8080;

    /// <summary>The address to listen on: an IP address, <c>localhost</c>, or <c>0.0.0.0</c> / <c>*</c> for every interface. Default <c>127.0.0.1</c>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The gRPC port (HTTP/2 without TLS); null: no gRPC front door. Default 54321.</summary>
    public int? GrpcPort { get; init; } = DefaultGrpcPort;

    /// <summary>The HTTP port (HTTP/1.1); null: no HTTP front door. Default 8080.</summary>
    public int? HttpPort { get; init; } = DefaultHttpPort;

    /// <summary>Prefetch and size limits.</summary>
    public FlowGatewayOptions Gateway { get; init; } = new();

    /// <summary>How long a stop waits for requests in flight before it aborts them. Default 30 s.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Where the server logs (Kestrel, gRPC); null: nowhere.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>
    /// Reads <c>flow.gateway</c> from a node's HOCON: <c>host</c>, <c>grpc.port</c>, <c>http.port</c>, <c>prefetch</c>,
    /// <c>max-request-bytes</c> (each defaulting to this record's defaults, a port to off when absent). Null when the
    /// configuration names neither port: the node serves no front door.
    /// </summary>
    /// <param name="config">The node's resolved configuration.</param>
    /// <returns>The options, or null.</returns>
    /// <exception cref="ConfigException">A value has the wrong type.</exception>
    public static FlowGatewayServerOptions? FromConfig(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        int? grpc = config.HasPath("flow.gateway.grpc.port") ? config.GetInt("flow.gateway.grpc.port") : null;
        int? http = config.HasPath("flow.gateway.http.port") ? config.GetInt("flow.gateway.http.port") : null;
        if (grpc is null && http is null)
        {
            return null;
        }

        var defaults = new FlowGatewayOptions();
        return new FlowGatewayServerOptions
        {
            Host = config.GetString("flow.gateway.host", "127.0.0.1"),
            GrpcPort = grpc,
            HttpPort = http,
            Gateway = new FlowGatewayOptions
            {
                Prefetch = config.GetInt("flow.gateway.prefetch", defaults.Prefetch),
                MaxRequestBytes = checked((int)config.GetByteSize("flow.gateway.max-request-bytes", defaults.MaxRequestBytes)),
            },
        };
    }
}
