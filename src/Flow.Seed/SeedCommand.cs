using System.CommandLine;
using Flow.Actors;
using Flow.Hocon;
using Flow.Host.Cli;
using Flow.Host.Nodes;

namespace Flow.Seed;

/// <summary>
/// <c>flow-seed --config &lt;seed.conf&gt; [--name &lt;system&gt;] [--roles a,b] [--stop-on-stdin-close]</c>: the seed node — a
/// cluster member at the well-known address its configuration names, the contact point other nodes join through and
/// <c>flow status</c> asks. Prints <c>READY &lt;address&gt;</c> once it is Up, runs until SIGINT/SIGTERM (or standard input
/// closes), then leaves the cluster in order and prints <c>STOPPED</c>. Exit 0 after a clean stop, 1 on a configuration
/// or start error (printed on stderr), 2 on bad arguments.
/// </summary>
internal static class SeedCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var node = new NodeCommandOptions("flow");
        var root = new RootCommand("flow-seed: the seed node of a Flow cluster.");
        node.AddTo(root);
        root.SetAction((result, _) => RunAsync(node.Read(result), stdin, stdout, stderr));
        return CommandLine.Run(root, "flow-seed", args, stdout, stderr);
    }

    private static async Task<int> RunAsync(NodeOptions options, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        Config config;
        try
        {
            config = NodeConfig.Load(options);
        }
        catch (ConfigException e)
        {
            stderr.WriteLine($"flow-seed: {e.Message}");
            return CommandLine.Failed;
        }

        if (!NodeConfig.IsClusterMember(config))
        {
            stderr.WriteLine($"flow-seed: {options.ConfigFile} sets akka.actor.provider to '{config.GetString("akka.actor.provider", string.Empty)}': a seed is a cluster member (cluster)");
            return CommandLine.Failed;
        }

        return await NodeRunner.RunAsync(
            "flow-seed",
            options,
            config,
            akka => akka.AddStartup((system, _) => FlowExtension.Get(system).StartStatusService()),
            stdin,
            stdout,
            stderr).ConfigureAwait(false);
    }
}
