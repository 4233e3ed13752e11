using System.CommandLine;
using Flow.Gateway.Hosting;
using Flow.Hocon;

namespace Flow.Host.Run;

/// <summary>The options of <c>flow run</c> (System.CommandLine) and how they combine with a node's HOCON (<c>flow.gateway.*</c>).</summary>
internal sealed class RunOptions
{
    public const string Usage =
        "usage: flow run <flow.yml> [--assembly <executors.dll>]... [--grpc-port <port|0|off>] [--http-port <port|0|off>] [--host <address>]\n" +
        "                [--workspace <dir>] [--prefetch <n>] [--config <node.conf>] [--stop-on-stdin-close]";

    public Argument<FileInfo?> File { get; } = new("flow.yml") { Description = "The Flow, in Jina's YAML", Arity = ArgumentArity.ZeroOrOne };

    public Option<string[]> Assembly { get; } = new("--assembly") { Description = "An assembly of executors to load (repeatable)", Arity = ArgumentArity.ZeroOrMore };

    public Option<string?> GrpcPort { get; } = new("--grpc-port") { Description = "The gRPC port (0 picks one, off disables); default flow.gateway.grpc.port, else the Flow YAML's with.protocol/port, else 54321" };

    public Option<string?> HttpPort { get; } = new("--http-port") { Description = "The HTTP port (0 picks one, off disables); default flow.gateway.http.port, else the Flow YAML's with.protocol/port, else 8080" };

    public Option<string?> Host { get; } = new("--host") { Description = "The address to listen on; default flow.gateway.host, else the Flow YAML's with.host, else 127.0.0.1" };

    public Option<string?> Workspace { get; } = new("--workspace") { Description = "The executors' workspace root" };

    public Option<int?> Prefetch { get; } = new("--prefetch") { Description = "Requests in flight per gRPC stream before reading pauses; default the Flow YAML's with.prefetch, else 1000" };

    public Option<FileInfo?> Config { get; } = new("--config") { Description = "A node's HOCON file: flow.gateway.{host, grpc.port, http.port, prefetch}" };

    public Option<bool> StopOnStdinClose { get; } = new("--stop-on-stdin-close") { Description = "Stop when standard input closes (for scripts and tests)" };

    public Command CreateCommand() => new("run", "Run a Flow embedded and serve Jina's gRPC and HTTP front doors")
    {
        File, Assembly, GrpcPort, HttpPort, Host, Workspace, Prefetch, Config, StopOnStdinClose,
    };

    public bool TryRead(ParseResult parsed, out RunSettings settings, out string? problem)
    {
        settings = null!;
        problem = null;
        if (parsed.GetValue(File) is not { } file)
        {
            problem = "missing <flow.yml>";
            return false;
        }

        FlowGatewayServerOptions? fromConfig = null;
        if (parsed.GetValue(Config) is { } config)
        {
            try
            {
                fromConfig = FlowGatewayServerOptions.FromConfig(Hocon.Config.ParseFile(config.FullName));
            }
            catch (Exception e) when (e is ConfigException or IOException)
            {
                problem = e.Message;
                return false;
            }
        }

        if (!TryPort(parsed.GetValue(GrpcPort), "--grpc-port", fromConfig is null ? FlowGatewayServerOptions.DefaultGrpcPort : fromConfig.GrpcPort, out var grpc, ref problem)
            || !TryPort(parsed.GetValue(HttpPort), "--http-port", fromConfig is null ? FlowGatewayServerOptions.DefaultHttpPort : fromConfig.HttpPort, out var http, ref problem))
        {
            return false;
        }

        var prefetch = parsed.GetValue(Prefetch) ?? fromConfig?.Gateway.Prefetch;
        if (prefetch < 1)
        {
            problem = $"--prefetch must be at least 1, got {prefetch}";
            return false;
        }

        settings = new RunSettings(
            file.FullName,
            parsed.GetValue(Assembly) ?? [],
            parsed.GetValue(Host) ?? fromConfig?.Host,
            parsed.GetValue(GrpcPort) is not null || parsed.GetValue(HttpPort) is not null || fromConfig is not null,
            grpc,
            http,
            parsed.GetValue(Workspace),
            prefetch,
            parsed.GetValue(StopOnStdinClose));
        return true;
    }

    private static bool TryPort(string? text, string name, int? fallback, out int? port, ref string? problem)
    {
        port = fallback;
        if (text is null)
        {
            return true;
        }

        if (text == "off")
        {
            port = null;
            return true;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p <= 65535)
        {
            port = p;
            return true;
        }

        problem = $"{name} must be a port number (0 picks one) or off, got '{text}'";
        return false;
    }
}
