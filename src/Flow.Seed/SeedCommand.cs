using Flow.Actors;
using Flow.Actors.Configuration;
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
        string? config = null;
        var name = "flow";
        var stopOnStdinClose = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    stdout.WriteLine(Usage);
                    return 0;
                case "--config" when i + 1 < args.Length:
                    config = args[++i];
                    break;
                case "--name" when i + 1 < args.Length:
                    name = args[++i];
                    break;
                case "--stop-on-stdin-close":
                    stopOnStdinClose = true;
                    break;
                default:
                    stderr.WriteLine($"flow-seed: unexpected argument '{args[i]}'");
                    stderr.WriteLine(Usage);
                    return 2;
            }
        }

        if (config is null)
        {
            stderr.WriteLine("flow-seed: missing --config <seed.conf>");
            stderr.WriteLine(Usage);
            return 2;
        }

        ActorSystem system;
        try
        {
            var settings = ActorSystemSettings.FromConfig(Config.ParseFile(config));
            if (settings.Remote is null)
            {
                stderr.WriteLine($"flow-seed: {config} does not enable remoting (set flow.actor.provider = remote): a seed must be reachable");
                return 1;
            }

            system = ActorSystem.Create(name, new ActorSystemSetup { Settings = settings });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"flow-seed: {e.Message}");
            return 1;
        }

        NodeLifetime.RunAsync(system, stdin, stdout, stopOnStdinClose).GetAwaiter().GetResult();
        return 0;
    }
}
