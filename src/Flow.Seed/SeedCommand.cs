using Flow.Actors;
using Flow.Hocon;
using Flow.Actors.Hosting;

namespace Flow.Seed;

/// <summary>
/// <c>flow-seed --config &lt;seed.conf&gt; [--name &lt;system&gt;] [--stop-on-stdin-close]</c>: starts the seed node's actor
/// system from HOCON with remoting (<c>flow.actor.provider = remote</c>) on the address the configuration names, so
/// that other nodes can reach it; prints <c>READY &lt;address&gt;</c>, runs until SIGINT/SIGTERM (or standard input
/// closes), then shuts down in order and prints <c>STOPPED</c>. Exit 0 after a clean stop, 1 on a configuration or
/// start error (printed on stderr), 2 on bad arguments.
/// </summary>
internal static class SeedCommand
{
    public const string Usage = "usage: flow-seed --config <seed.conf> [--name <system>] [--stop-on-stdin-close]";

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = NodeArguments.Parse(args, "flow", "<seed.conf>", extra: null, out var error);
        if (options is null)
        {
            if (error is null)
            {
                stdout.WriteLine(Usage);
                return 0;
            }

            stderr.WriteLine($"flow-seed: {error}");
            stderr.WriteLine(Usage);
            return 2;
        }

        var config = options.ConfigFile;
        ActorSystem system;
        try
        {
            var settings = ActorSystemSettings.FromConfig(Config.ParseFile(config));
            if (settings.Remote is null)
            {
                stderr.WriteLine($"flow-seed: {config} does not enable remoting (set flow.actor.provider = remote): a seed must be reachable");
                return 1;
            }

            system = ActorSystem.Create(options.Name, new ActorSystemSetup { Settings = settings });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"flow-seed: {e.Message}");
            return 1;
        }

        NodeLifetime.RunAsync(system, stdin, stdout, options.StopOnStdinClose).GetAwaiter().GetResult();
        return 0;
    }
}
