using System.Collections.Immutable;
using System.Globalization;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Flow.Actors.Hosting;
using Flow.Core.Flows;

namespace Flow.TestKit.MultiNode;

/// <summary>Running a Flow on the spec's nodes, and where its shards run.</summary>
public abstract partial class MultiNodeSpec
{
    private static readonly TimeSpan StatsTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Starts <paramref name="definition"/> on the nodes of <paramref name="roles"/> at once, as the nodes of a cluster
    /// start a Flow (each its part: shard regions where the node has the executor's role, proxies elsewhere, and a
    /// gateway), and waits until every node's <see cref="FlowHost.StartAsync"/> has completed.
    /// </summary>
    /// <param name="definition">The Flow, the same on every node.</param>
    /// <param name="options">The options of every node; <see cref="FlowHostOptions.System"/> is set per node. The Flow needs a name (here or in the definition): every node must give the same one.</param>
    /// <param name="roles">The nodes.</param>
    /// <returns>Each node's running Flow.</returns>
    /// <exception cref="ArgumentException">The Flow has no name, or no role is given.</exception>
    protected async Task<IReadOnlyDictionary<RoleName, FlowHost>> StartFlowAsync(FlowDefinition definition, FlowHostOptions options, params RoleName[] roles)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(options);
        if ((options.Name ?? definition.Name) is null)
        {
            throw new ArgumentException("Name the Flow (FlowHostOptions.Name): every node of a cluster must start it under the same name.", nameof(options));
        }

        if (roles.Length == 0)
        {
            throw new ArgumentException("Give the nodes that run the Flow.", nameof(roles));
        }

        var starts = roles.Select(r => (Role: r, Host: Task.Run(() => FlowHost.StartAsync(definition, options with { System = Node(r) })))).ToArray();
        await Task.WhenAll(starts.Select(s => s.Host)).ConfigureAwait(false);
        return starts.ToDictionary(s => s.Role, s => s.Host.Result);
    }

    /// <summary>
    /// Where each shard of <paramref name="executor"/> of Flow <paramref name="flow"/> runs, from the cluster sharding
    /// statistics as the node of <paramref name="observer"/> gathers them (every shard region of the executor's type,
    /// through its coordinator); sorted by shard, then node.
    /// </summary>
    /// <exception cref="InvalidOperationException">The observer runs no part of the Flow, or a region did not answer in time (its shards are named).</exception>
    protected async Task<IReadOnlyList<ShardPlacement>> ShardPlacementsAsync(RoleName observer, string flow, string executor)
    {
        var stats = await RegionOf(observer, flow, executor).Ask<ClusterShardingStats>(new GetClusterShardingStats(StatsTimeout), StatsTimeout + StatsTimeout).ConfigureAwait(false);
        var placements = new List<ShardPlacement>();
        foreach (var (address, region) in stats.Regions)
        {
            if (region.Failed.Count > 0)
            {
                throw new InvalidOperationException($"The shard region of '{executor}' on {address} did not report shards {string.Join(", ", region.Failed)} in time.");
            }

            placements.AddRange(region.Stats.Select(s => new ShardPlacement(int.Parse(s.Key, CultureInfo.InvariantCulture), address, s.Value)));
        }

        return [.. placements.OrderBy(p => p.Shard).ThenBy(p => p.Node.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>
    /// The shards of <paramref name="executor"/> of Flow <paramref name="flow"/> whose entity is alive on the node of
    /// <paramref name="role"/> (its shard region's own state); none when the node or its region has stopped (or the
    /// node never started the Flow: sharding forgets a region that stopped).
    /// </summary>
    /// <exception cref="InvalidOperationException">The node's region did not answer within 10 s while running.</exception>
    protected async Task<IReadOnlySet<int>> LocalShardsAsync(RoleName role, string flow, string executor)
    {
        if (!IsRunning(role) || !ClusterSharding.Get(Node(role)).ShardTypeNames.Contains(FlowNames.Region(flow, executor)))
        {
            return ImmutableHashSet<int>.Empty;
        }

        var region = RegionOf(role, flow, executor);
        try
        {
            // A stopped region's mailbox is gone: Akka answers an Identify sent to it with an empty identity.
            if ((await region.Ask<ActorIdentity>(new Identify(null), StatsTimeout).ConfigureAwait(false)).Subject is null)
            {
                return ImmutableHashSet<int>.Empty;
            }

            var state = await region.Ask<CurrentShardRegionState>(GetShardRegionState.Instance, StatsTimeout).ConfigureAwait(false);
            return state.Shards.Where(s => s.EntityIds.Count > 0).Select(s => int.Parse(s.ShardId, CultureInfo.InvariantCulture)).ToHashSet();
        }
        catch (AskTimeoutException) when (!IsRunning(role))
        {
            return ImmutableHashSet<int>.Empty;
        }
        catch (AskTimeoutException)
        {
            throw new InvalidOperationException($"The shard region of '{executor}' on '{role}' did not report its shards within {StatsTimeout.TotalSeconds:0} s.");
        }
    }

    private IActorRef RegionOf(RoleName role, string flow, string executor)
    {
        var sharding = ClusterSharding.Get(Node(role));
        var typeName = FlowNames.Region(flow, executor);
        return sharding.ShardTypeNames.Contains(typeName)
            ? sharding.ShardRegion(typeName)
            : throw new InvalidOperationException($"The node '{role}' runs no shard region of executor '{executor}' of Flow '{flow}' (is the Flow started there?).");
    }
}
