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
        var loadOptions = new ConfigLoadOptions { Environment = environment };
        var overrides = new List<string>();
        if (options.Roles.Count > 0)
        {
            // The file's roles (FLOW_ROLES included) and then --roles, each once: `roles += [a, b]` would nest the list.
            var fileRoles = FlowConfig.Load([ConfigSource.FromFile(options.ConfigFile)], loadOptions).GetStringList("akka.cluster.roles", []);
            overrides.Add("akka.cluster.roles = " + Quote(fileRoles.Concat(options.Roles).Distinct(StringComparer.Ordinal)));
        }

        if (environment("FLOW_SEEDS") is { Length: > 0 } seeds)
        {
            var list = seeds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            overrides.Add("akka.cluster.seed-nodes = " + Quote(list));
        }

        // One load, resolved once: the command line's layer over the node's file (whose ${?ENV} see the same environment).
        return FlowConfig.Load(
            [ConfigSource.FromString(string.Join('\n', overrides), "command line"), ConfigSource.FromFile(options.ConfigFile)],
            loadOptions);
    }

    /// <summary>Whether the configuration makes the node a cluster member.</summary>
    public static bool IsClusterMember(Config config) =>
        config.GetString("akka.actor.provider", string.Empty) is "cluster" or "Akka.Cluster.ClusterActorRefProvider, Akka.Cluster";

    private static string Quote(IEnumerable<string> items) =>
        "[" + string.Join(", ", items.Select(i => "\"" + i.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "]";
}
