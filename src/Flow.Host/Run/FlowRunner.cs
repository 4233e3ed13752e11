using System.Reflection;
using System.Runtime.InteropServices;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Actors.Hosting;
using Flow.Gateway.Hosting;
using Flow.Gateway.Target;

namespace Flow.Host.Run;

/// <summary>Starts the Flow and its front doors, prints READY, waits for a stop signal, drains, prints STOPPED.</summary>
internal static class FlowRunner
{
    public static async Task<int> RunAsync(RunSettings settings, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        FlowDefinition definition;
        YamlGateway yaml;
        try
        {
            foreach (var path in settings.Assemblies)
            {
                Assembly.LoadFrom(Path.GetFullPath(path));
            }

            definition = FlowDefinition.Load(settings.FlowFile);
            yaml = YamlGateway.Read(definition.With, settings.FlowFile);
        }
        catch (Exception e) when (e is FlowValidationException or IOException or BadImageFormatException)
        {
            stderr.WriteLine($"flow run: {e.Message}");
            return 1;
        }

        // The command line (or --config) decides the doors; else the YAML's with: (protocol, port), as Jina; else the defaults.
        var doors = settings.DoorsGiven || !yaml.NamesDoors ? (Grpc: settings.GrpcPort, Http: settings.HttpPort) : (Grpc: yaml.GrpcPort, Http: yaml.HttpPort);
        FlowHost host;
        try
        {
            host = await FlowHost.StartAsync(definition, new FlowHostOptions { Workspace = settings.Workspace }).ConfigureAwait(false);
        }
        catch (ExecutorConstructionException e)
        {
            stderr.WriteLine($"flow run: {e.Message}");
            return 1;
        }

        await using (host.ConfigureAwait(false))
        {
            FlowGatewayServer server;
            try
            {
                var target = new FlowHostGatewayTarget(host, definition);
                server = await FlowGatewayServer.StartAsync(target, new FlowGatewayServerOptions
                {
                    Host = settings.Host ?? yaml.Host ?? "127.0.0.1",
                    GrpcPort = doors.Grpc,
                    HttpPort = doors.Http,
                    Gateway = new FlowGatewayOptions { Prefetch = settings.Prefetch ?? yaml.Prefetch ?? FlowGatewayOptions.DefaultPrefetch },
                }).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                stderr.WriteLine($"flow run: the front doors could not start: {e.Message}");
                return 1;
            }

            await using (server.ConfigureAwait(false))
            {
                stdout.WriteLine($"READY grpc={Describe(server.GrpcAddress)} http={Describe(server.HttpAddress)}");
                stdout.Flush();
                await WaitForStopAsync(stdin, settings.StopOnStdinClose).ConfigureAwait(false);
                await server.StopAsync().ConfigureAwait(false);
            }
        }

        stdout.WriteLine("STOPPED");
        stdout.Flush();
        return 0;
    }

    private static string Describe(Uri? address) => address is null ? "off" : address.Authority;

    private static async Task WaitForStopAsync(TextReader stdin, bool stopOnStdinClose)
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSignal(PosixSignalContext context)
        {
            // Drain instead of dying: the signal's default action (terminate) is cancelled.
            context.Cancel = true;
            stop.TrySetResult();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        if (stopOnStdinClose)
        {
            _ = Task.Run(async () =>
            {
                while (await stdin.ReadLineAsync().ConfigureAwait(false) is not null)
                {
                }

                stop.TrySetResult();
            });
        }

        await stop.Task.ConfigureAwait(false);
    }
}
