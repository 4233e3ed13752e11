using System.CommandLine;
using System.Reflection;
using Flow.Actors.Hosting;
using Flow.Core.Flows;
using Flow.Hocon;
using Flow.Host.Nodes;

namespace Flow.Host.Cli;

/// <summary>
/// <c>flow host --config &lt;host.conf&gt; --flow &lt;flow.yml&gt; [--assembly &lt;executors.dll&gt;]... [--workspace &lt;dir&gt;] [--roles a,b]</c>: a cluster member
/// that runs a Flow — the shards and replicas of the executors whose role it has (all those without a role), a proxy to
/// the others, and a gateway that outside applications reach through the cluster client. The Flow's name is its
/// <c>with: name</c>, else the file's name; every node running it must use the same file. <c>uses</c> names resolve
/// among the given assemblies and those already loaded.
/// </summary>
internal static class HostCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var node = new NodeCommandOptions("flow");
        var flow = new Option<FileInfo>("--flow") { Description = "The Flow (Jina YAML) this node runs its part of.", Required = true, HelpName = "flow.yml" };
        var assemblies = new Option<FileInfo[]>("--assembly") { Description = "An assembly with executors (repeatable).", HelpName = "executors.dll" };
        var workspace = new Option<DirectoryInfo>("--workspace") { Description = "The workspace root of executors that name none in the Flow (default: ./workspace). Nodes on one machine that share it reload a moved shard's state.", HelpName = "dir" };
        var command = new Command("host", "Run a cluster node that hosts a Flow's executors.") { flow, assemblies, workspace };
        node.AddTo(command);
        command.SetAction((result, _) => RunAsync(node.Read(result), result.GetValue(flow)!, result.GetValue(assemblies) ?? [], result.GetValue(workspace), stdin, stdout, stderr));
        return command;
    }

    private static async Task<int> RunAsync(NodeOptions options, FileInfo flowFile, FileInfo[] assemblies, DirectoryInfo? workspace, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        Config config;
        FlowDefinition definition;
        try
        {
            config = NodeConfig.Load(options);
            foreach (var assembly in assemblies)
            {
                Assembly.LoadFrom(assembly.FullName);
            }

            definition = FlowDefinition.Load(flowFile.FullName);
        }
        catch (Exception e) when (e is ConfigException or FlowValidationException or IOException or BadImageFormatException)
        {
            stderr.WriteLine($"flow host: {e.Message}");
            return CommandLine.Failed;
        }

        if (!NodeConfig.IsClusterMember(config))
        {
            stderr.WriteLine($"flow host: {options.ConfigFile} sets akka.actor.provider to '{config.GetString("akka.actor.provider", string.Empty)}': a Flow node is a cluster member (cluster)");
            return CommandLine.Failed;
        }

        var name = definition.Name ?? FlowNameOf(flowFile);
        return await NodeRunner.RunAsync(
            "flow host",
            options,
            config,
            akka =>
            {
                akka.WithFlow(definition, new FlowHostOptions { Name = name, Workspace = workspace?.FullName });
                NodeFrontDoors.AddTo(akka, config, name, definition, stdout);
            },
            stdin,
            stdout,
            stderr).ConfigureAwait(false);
    }

    /// <summary>A Flow file's name as a Flow name: letters, digits, '-', '_' and '.' kept, anything else '-'.</summary>
    internal static string FlowNameOf(FileInfo file)
    {
        var chars = Path.GetFileNameWithoutExtension(file.Name).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray();
        return chars.Length == 0 ? "flow" : new string(chars);
    }
}
