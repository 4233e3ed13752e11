using System.Globalization;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Flow.Actors.Executors;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Core.Runs;

namespace Flow.Actors.Hosting;

/// <summary>
/// Starts the executors of a Flow on an ActorSystem: one shard region per executor (and per <c>uses_before</c> /
/// <c>uses_after</c>), whose entities are started eagerly, each answering once every replica constructed its executor.
/// </summary>
internal sealed class FlowStarter(ActorSystem system, string flow, FlowDefinition definition, FlowPlan plan, FlowHostOptions options, FlowSettings settings)
{
    /// <summary>How a shard's pool supervises its replicas: a crashed replica is restarted with a new executor instance (any exception; construction failures are reported, not thrown).</summary>
    internal static SupervisorStrategy ReplicaSupervisor { get; } = new OneForOneStrategy(-1, Timeout.InfiniteTimeSpan, static _ => Directive.Restart);

    /// <summary>How often a starting region is asked whether it has registered with its coordinator.</summary>
    private static readonly TimeSpan RegistrationPoll = TimeSpan.FromMilliseconds(10);

    /// <summary>The executors started, in definition order (an executor's <c>uses_before</c> before it, its <c>uses_after</c> after it).</summary>
    public List<RunningExecutor> Executors { get; } = [];

    /// <summary>Per plan node: its uses_before region (or null), its shards' region, its uses_after region (or null).</summary>
    public IActorRef?[][] Regions { get; } = new IActorRef?[plan.Nodes.Length][];

    /// <summary>Per plan node: the role of the nodes that run the executor (its own, else the default role), or null.</summary>
    public string?[] Roles { get; } = new string?[plan.Nodes.Length];

    /// <summary>
    /// Starts every region (in definition order), then — once <paramref name="memberUp"/> completed — every shard
    /// entity; throws the first construction failure, naming the executor.
    /// </summary>
    /// <param name="memberUp">Completes when this node is an Up member (regions register with their coordinators only then); its failure is thrown.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="ExecutorConstructionException">An executor could not be constructed.</exception>
    public async Task StartAsync(Task memberUp, CancellationToken cancellationToken)
    {
        var sharding = ClusterSharding.Get(system);
        foreach (var executor in definition.Executors)
        {
            var node = definition.Topology[executor.Name].Index;
            var regions = Regions[node] = new IActorRef?[3];
            var workspace = definition.WorkspaceFor(executor) ?? options.Workspace;
            var role = Roles[node] = executor.Role ?? settings.DefaultRole;
            if (executor.HasUsesBefore)
            {
                var before = new ReplicaSpec(flow, executor.Name + "/uses-before", executor.UsesBefore, null, 0, 1, 1, workspace);
                regions[0] = await StartRegionAsync(sharding, before, role).ConfigureAwait(false);
            }

            // A type given in code travels by its full name; each node's registry finds it among its loaded executors.
            var uses = executor.UsesType?.FullName ?? executor.Uses;
            var main = new ReplicaSpec(flow, executor.Name, uses, executor.UsesWith, 0, executor.Shards, executor.Replicas, workspace, executor.MetasName, executor.UsesRequests);
            regions[1] = await StartRegionAsync(sharding, main, role, executor.Retries).ConfigureAwait(false);
            if (executor.HasUsesAfter)
            {
                var after = new ReplicaSpec(flow, executor.Name + "/uses-after", executor.UsesAfter, null, 0, 1, 1, workspace);
                regions[2] = await StartRegionAsync(sharding, after, role).ConfigureAwait(false);
            }
        }

        await memberUp.ConfigureAwait(false);

        // Nothing is sent to a region before it is registered with its coordinator: a message waiting in its buffer
        // would only be delivered at its next registration attempt (akka.cluster.sharding.retry-interval).
        await Task.WhenAll(Executors.Select(e => WaitRegisteredAsync(e.Region, cancellationToken))).ConfigureAwait(false);
        var starts = new List<(RunningExecutor Executor, Task<ShardStarted> Start)>();
        foreach (var executor in Executors)
        {
            for (var shard = 0; shard < executor.Shards; shard++)
            {
                starts.Add((executor, executor.Region.Ask<ShardStarted>(new StartShard(shard), settings.StartTimeout, cancellationToken)));
            }
        }

        ExecutorConstructionException? failure = null;
        foreach (var (executor, start) in starts)
        {
            ShardStarted started;
            try
            {
                started = await start.ConfigureAwait(false);
            }
            catch (AskTimeoutException)
            {
                failure ??= new ExecutorConstructionException(executor.Name, $"its replicas did not all start within {settings.StartTimeout.TotalSeconds:0} s (flow.executor.start-timeout).");
                continue;
            }

            if (started.Failure is { } error)
            {
                failure ??= new ExecutorConstructionException(executor.Name, StripName(executor.Name, error.Message));
            }
        }

        if (failure is not null)
        {
            throw failure;
        }
    }

    /// <summary>
    /// Starts the shard region of one executor: hosting its entities on this node when the node has the executor's
    /// role (or the executor has none), a proxy to the nodes that do otherwise.
    /// </summary>
    private async Task<IActorRef> StartRegionAsync(ClusterSharding sharding, ReplicaSpec replica, string? role, int? retries = null)
    {
        var typeName = FlowNames.Region(flow, replica.Executor);
        IActorRef region;
        if (role is not null && !Akka.Cluster.Cluster.Get(system).SelfRoles.Contains(role))
        {
            region = await sharding.StartProxyAsync(typeName, role, ExecutorShardExtractor.Instance).ConfigureAwait(false);
        }
        else
        {
            // The executor's own retries (Jina's per-executor argument), else the host's.
            var spec = new EntitySpec(replica, retries ?? options.Retries ?? settings.Retries, settings.MaxReplicasPerNode, role, ReplicaSupervisor);
            var shardingSettings = ClusterShardingSettings.Create(system);
            if (role is not null)
            {
                shardingSettings = shardingSettings.WithRole(role);
            }

            region = await sharding.StartAsync(
                typeName,
                entityId => ShardEntityActor.Props(spec, int.Parse(entityId, CultureInfo.InvariantCulture)),
                shardingSettings,
                ExecutorShardExtractor.Instance,
                sharding.DefaultShardAllocationStrategy(shardingSettings),
                StopShard.Instance).ConfigureAwait(false);
        }

        Executors.Add(new RunningExecutor(replica.Executor, region, replica.Shards, replica.Replicas));
        return region;
    }

    /// <summary>Completes once <paramref name="region"/> has registered with its shard coordinator (it then knows the regions).</summary>
    private async Task WaitRegisteredAsync(IActorRef region, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + settings.StartTimeout;
        while (true)
        {
            var regions = await region.Ask<CurrentRegions>(GetCurrentRegions.Instance, settings.StartTimeout, cancellationToken).ConfigureAwait(false);
            if (regions.Regions.Count > 0 || DateTime.UtcNow > deadline)
            {
                return;
            }

            await Task.Delay(RegistrationPoll, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A construction error's message already names the executor ("Executor 'x': ..."): keep what follows.</summary>
    private static string StripName(string executor, string message)
    {
        var prefix = $"Executor '{executor}': ";
        return message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
    }
}
