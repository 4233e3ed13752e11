using System.CommandLine;
using Flow.Host.Nodes;

namespace Flow.Host.Cli;

/// <summary>The options every node process takes (<c>flow host</c>, <c>flow-seed</c>).</summary>
internal sealed class NodeCommandOptions
{
    public NodeCommandOptions(string defaultSystemName)
    {
        Name.DefaultValueFactory = _ => defaultSystemName;
    }

    public Option<FileInfo> Config { get; } = new("--config") { Description = "The node's HOCON file (settings over Flow's reference.conf).", Required = true, HelpName = "node.conf" };

    public Option<string> Name { get; } = new("--name") { Description = "The ActorSystem's name (every member of a cluster shares it).", HelpName = "system" };

    public Option<string[]> Roles { get; } = new("--roles") { Description = "Cluster roles added to the node's (comma-separated): executors with a role run on the nodes that have it.", HelpName = "a,b", AllowMultipleArgumentsPerToken = true };

    public Option<bool> StopOnStdinClose { get; } = new("--stop-on-stdin-close") { Description = "Leave the cluster and stop when standard input closes (for a parent process that owns the node)." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Config);
        command.Add(Name);
        command.Add(Roles);
        command.Add(StopOnStdinClose);
    }

    /// <summary>The options as parsed.</summary>
    public NodeOptions Read(ParseResult result) => new(
        result.GetValue(Config)!.FullName,
        result.GetValue(Name)!,
        (result.GetValue(Roles) ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
        result.GetValue(StopOnStdinClose));
}
