using Flow.Actors.Configuration;
using Flow.Hocon;

namespace Flow.Host.Nodes;

/// <summary>
/// The configuration a node process runs with: its file over Flow's reference, then what the command line and
/// the environment add — roles (<c>--roles</c>, and <c>FLOW_ROLES</c> through the file's <c>+=</c>), and the seed
/// nodes from <c>FLOW_SEEDS</c> (comma-separated addresses; HOCON has no list from one variable).
/// </summary>
internal static class NodeConfig
{
    /// <summary>Loads the node's configuration.</summary>
    /// <exception cref="ConfigException">The file is unreadable or invalid (<c>file:line:column</c>).</exception>
    public static Config Load(NodeOptions options, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var config = FlowConfig.LoadFile(options.ConfigFile);
        var overrides = new List<string>();
        if (options.Roles.Count > 0)
        {
            overrides.Add("akka.cluster.roles = " + Quote(config.GetStringList("akka.cluster.roles", []).Concat(options.Roles).Distinct(StringComparer.Ordinal)));
        }

        if (environment("FLOW_SEEDS") is { Length: > 0 } seeds)
        {
            var list = seeds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            overrides.Add("akka.cluster.seed-nodes = " + Quote(list));
        }

        // Resolved apart and laid over the file's resolved tree: re-resolving the file's settings under new text would
        // evaluate its `+=` (roles += ${?FLOW_ROLES}) a second time, against a root where it no longer means "append".
        return overrides.Count == 0 ? config : Config.ParseString(string.Join('\n', overrides), "command line").WithFallback(config);
    }

    /// <summary>Whether the configuration makes the node a cluster member.</summary>
    public static bool IsClusterMember(Config config) =>
        config.GetString("akka.actor.provider", string.Empty) is "cluster" or "Akka.Cluster.ClusterActorRefProvider, Akka.Cluster";

    private static string Quote(IEnumerable<string> items) =>
        "[" + string.Join(", ", items.Select(i => "\"" + i.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "]";
}
