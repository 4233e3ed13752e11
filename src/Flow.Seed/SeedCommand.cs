using Akka.Actor;
using Flow.Actors.Cluster;
using Flow.Actors.Configuration;


namespace Flow.Seed;

/// <summary>
/// <c>flow-seed --config &lt;seed.conf&gt; [--name &lt;system&gt;] [--stop-on-stdin-close]</c>: starts the seed node — a
/// cluster member at the well-known address its configuration names, the contact point other nodes join through —
/// prints <c>READY &lt;address&gt;</c> once it is Up, runs until SIGINT/SIGTERM (or standard input closes), then leaves
/// the cluster in order and prints <c>STOPPED</c>. Exit 0 after a clean stop, 1 on a configuration or start error
/// (printed on stderr), 2 on bad arguments.
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

        ActorSystem system;
        try
        {
            var config = FlowConfig.LoadFile(options.ConfigFile);
            if (config.GetString("akka.actor.provider", string.Empty) is not ("cluster" or "Akka.Cluster.ClusterActorRefProvider, Akka.Cluster"))
            {
                stderr.WriteLine($"flow-seed: {options.ConfigFile} sets akka.actor.provider to '{config.GetString("akka.actor.provider", string.Empty)}': a seed is a cluster member (cluster)");
                return 1;
            }

            system = ActorSystem.Create(options.Name, FlowConfig.ToAkka(config));
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
