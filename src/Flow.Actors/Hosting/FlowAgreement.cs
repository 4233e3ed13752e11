using System.Globalization;
using Akka.Actor;
using Flow.Actors.Gateway;
using Flow.Core.Flows;

namespace Flow.Actors.Hosting;

/// <summary>
/// Before a node starts its part of a Flow, checks that the members already running a Flow of that name run the same
/// definition (<see cref="FlowSignature"/>): a node with another definition would shard the same executors differently.
/// Asks the Flow's gateway on every other Up member (a member without one answers at once that it has none).
/// </summary>
internal static class FlowAgreement
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Completes when no other member runs <paramref name="flow"/> differently.</summary>
    /// <exception cref="FlowValidationException">A member runs the Flow with another definition; the message names the member and the first difference.</exception>
    public static async Task CheckAsync(ActorSystem system, string flow, FlowSignature signature, CancellationToken cancellationToken)
    {
        var cluster = Akka.Cluster.Cluster.Get(system);
        var checks = new List<Task<(Address, FlowDescription?)>>();
        foreach (var member in cluster.State.Members)
        {
            if (!member.Address.Equals(cluster.SelfAddress) && member.Status == Akka.Cluster.MemberStatus.Up && !cluster.State.Unreachable.Contains(member))
            {
                checks.Add(DescribeAsync(system, member.Address, flow, cancellationToken));
            }
        }

        foreach (var check in checks)
        {
            var (address, description) = await check.ConfigureAwait(false);
            if (description is not null && signature.FirstDifference(FlowSignature.Parse(description.Signature)) is { } difference)
            {
                throw new FlowValidationException(difference.StartsWith(SettingPrefix, StringComparison.Ordinal)
                    ? $"Flow '{flow}' runs on {address} with other settings: {difference[SettingPrefix.Length..]}. Every node of a Flow must run with the same; this node does not start it."
                    : $"Flow '{flow}' runs on {address} with another definition: {difference}. Every node of a Flow must start the same definition; this node does not start it.");
            }
        }
    }

    /// <summary>
    /// <paramref name="signature"/> with the node settings every node of a Flow must share: its executors' role and
    /// replica spread, its retry budget, the frame limit (nodes with different limits drop each other's connections)
    /// and how sharding keeps its state.
    /// </summary>
    public static FlowSignature WithNodeSettings(FlowSignature signature, ActorSystem system, FlowSettings settings, int? retries)
    {
        var config = system.Settings.Config;
        var lines = new List<string>(signature.Lines)
        {
            Setting("flow.executor.default-role", settings.DefaultRole ?? string.Empty),
            Setting("flow.executor.max-replicas-per-node", settings.MaxReplicasPerNode.ToString(CultureInfo.InvariantCulture)),
            Setting("flow.executor.retries", (retries ?? settings.Retries).ToString(CultureInfo.InvariantCulture)),
            Setting("akka.remote.dot-netty.tcp.maximum-frame-size", (config.GetByteSize("akka.remote.dot-netty.tcp.maximum-frame-size") ?? 0).ToString(CultureInfo.InvariantCulture)),
            Setting("akka.cluster.sharding.state-store-mode", config.GetString("akka.cluster.sharding.state-store-mode", string.Empty)),
            Setting("akka.cluster.sharding.remember-entities", config.GetBoolean("akka.cluster.sharding.remember-entities").ToString()),
        };
        return FlowSignature.Parse(string.Join('\n', lines));
    }

    private const string SettingPrefix = "setting ";

    private static string Setting(string path, string value) => SettingPrefix + path + "=" + value;

    private static async Task<(Address, FlowDescription?)> DescribeAsync(ActorSystem system, Address member, string flow, CancellationToken cancellationToken)
    {
        try
        {
            var selection = system.ActorSelection(new RootActorPath(member) / "user" / FlowNames.Gateway(flow));
            var identity = await selection.Ask<ActorIdentity>(new Identify(null), AskTimeout, cancellationToken).ConfigureAwait(false);
            if (identity.Subject is not { } gateway)
            {
                return (member, null);
            }

            return (member, await gateway.Ask<FlowDescription>(DescribeFlow.Instance, AskTimeout, cancellationToken).ConfigureAwait(false));
        }
        catch (AskTimeoutException)
        {
            // An unresponsive member is left to the failure detector; the check covers the members that answer.
            return (member, null);
        }
    }
}
