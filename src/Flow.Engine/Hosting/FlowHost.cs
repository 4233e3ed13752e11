using Flow.Actors;
using Flow.Actors.Supervision;
using Flow.Engine.Client;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Engine.Remote;
using Flow.Engine.Runtime;

namespace Flow.Engine.Hosting;

/// <summary>
/// A running Flow, embedded in this process: every executor's shards and replicas as actors (constructed at
/// start), a gateway actor, and a <see cref="FlowClient"/> to post to it. Start with <see cref="StartAsync"/>,
/// stop with <see cref="DisposeAsync"/>.
/// </summary>
public sealed class FlowHost : IAsyncDisposable
{
    private static int s_flows;
    private readonly ActorSystem _system;
    private readonly bool _ownsSystem;
    private readonly IReadOnlyList<PlacedExecutor> _executors;
    private readonly IReadOnlyList<IActorRef> _actors;
    private readonly TimeSpan _readinessTimeout;
    private readonly TimeSpan _shutdownTimeout;
    private int _disposed;
    private RemoteExecutorPlacement? _remote;

    private FlowHost(ActorSystem system, bool ownsSystem, IActorRef gateway, IReadOnlyList<PlacedExecutor> executors, IReadOnlyList<IActorRef> actors, TimeSpan readinessTimeout, TimeSpan shutdownTimeout)
    {
        _shutdownTimeout = shutdownTimeout;
        _system = system;
        _ownsSystem = ownsSystem;
        _executors = executors;
        _actors = actors;
        _readinessTimeout = readinessTimeout;
        Client = new FlowClient(gateway);
    }

    /// <summary>The client that posts to this Flow's gateway.</summary>
    public FlowClient Client { get; }

    /// <summary>
    /// Starts <paramref name="definition"/>: constructs every executor instance (each replica of each shard,
    /// <c>uses_before</c> and <c>uses_after</c>) and the gateway; completes when all are constructed.
    /// </summary>
    /// <param name="definition">The validated Flow.</param>
    /// <param name="options">Actor system, workspace, timeouts, retries; defaults when null.</param>
    /// <param name="cancellationToken">Stops waiting for the executors.</param>
    /// <returns>The running Flow.</returns>
    /// <exception cref="ExecutorConstructionException">An executor could not be constructed (unknown <c>uses</c>, bad <c>uses_with</c>, throwing constructor); the message names it. Executors already constructed are closed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; executors already constructed are closed.</exception>
    public static async Task<FlowHost> StartAsync(FlowDefinition definition, FlowHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        options ??= new FlowHostOptions();
        var ownsSystem = options.System is null;
        var system = options.System ?? ActorSystem.Create("flow", new ActorSystemSetup
        {
            LoggerFactory = options.LoggerFactory,
            TimeProvider = options.TimeProvider ?? TimeProvider.System,
        });
        var prefix = "flow-" + Interlocked.Increment(ref s_flows);
        var placement = new LocalExecutorPlacement(system, prefix);
        var remote = options.Placement is { Count: > 0 } nodes ? new RemoteExecutorPlacement(system, prefix, nodes, placement) : null;
        IExecutorPlacement placer = remote is null ? placement : remote;
        var plan = FlowPlan.Build(definition.Topology);
        var registry = options.Registry ?? ExecutorRegistry.Default;
        var placed = new List<PlacedExecutor>();
        var starts = new List<Task<IReadOnlyList<IActorRef>>>();
        foreach (var executor in definition.Executors)
        {
            var root = definition.WorkspaceFor(executor) ?? options.Workspace;
            var node = plan.Nodes[definition.Topology[executor.Name].Index];
            if (executor.UsesBefore is { } before)
            {
                Place(new PlacedExecutor(executor.Name + "/uses-before", 1, 1, (n, refs) => n.UsesBefore = refs[0], node), before, null, null, root);
            }

            Place(new PlacedExecutor(executor.Name, executor.Shards, executor.Replicas, (n, refs) => n.Shards = [.. refs], node), executor.Uses, executor.UsesType, executor.UsesWith, root);
            if (executor.UsesAfter is { } after)
            {
                Place(new PlacedExecutor(executor.Name + "/uses-after", 1, 1, (n, refs) => n.UsesAfter = refs[0], node), after, null, null, root);
            }
        }

        Exception? failure = null;
        for (var i = 0; i < starts.Count; i++)
        {
            try
            {
                placed[i].Refs = await starts[i].ConfigureAwait(false);
                placed[i].Attach(placed[i].Node, placed[i].Refs);
            }
            catch (Exception e)
            {
                failure ??= e is ExecutorConstructionException or OperationCanceledException ? e : new ExecutorConstructionException(placed[i].Name, e.Message, e);
            }
        }

        if (failure is not null)
        {
            await CloseAsync(placed, options.ShutdownTimeout).ConfigureAwait(false);
            StopRemote(remote);
            await StopAsync(system, ownsSystem, placement.Regions).ConfigureAwait(false);
            throw failure;
        }

        var gateway = system.ActorOf(Props.Create(() => new GatewayActor(plan, options.DefaultTimeout)), prefix + "-gateway");
        var actors = new List<IActorRef>(placement.Regions) { gateway };
        return new FlowHost(system, ownsSystem, gateway, placed, actors, options.ReadinessTimeout, options.ShutdownTimeout) { _remote = remote };

        void Place(PlacedExecutor executor, string? uses, Type? usesType, System.Text.Json.Nodes.JsonObject? usesWith, string? root)
        {
            var shards = new ShardSpec[executor.Shards];
            for (var s = 0; s < shards.Length; s++)
            {
                var shard = s;
                ExecutorFactory factory = replica =>
                {
                    var runtime = new ExecutorRuntimeInfo(executor.Name, shard, executor.Shards, replica, executor.Replicas, root);
                    return usesType is not null
                        ? ExecutorInstance.Create(usesType, runtime, usesWith)
                        : ExecutorInstance.Create(uses, registry, runtime, usesWith);
                };
                shards[s] = new ShardSpec(executor.Name, s, executor.Replicas, factory, options.Retries, ReplicaSupervisor);
            }

            var descriptor = new Flow.Core.Protos.RegionSpecProto
            {
                Name = executor.Name,
                Uses = usesType?.FullName ?? uses ?? string.Empty,
                UsesWith = usesWith is null ? null : Flow.Core.Wire.JsonStructConverter.ToStruct(usesWith),
                Shards = executor.Shards,
                Replicas = executor.Replicas,
                Workspace = root ?? string.Empty,
            };
            if (options.Retries is { } retries)
            {
                descriptor.Retries = retries;
            }

            placed.Add(executor);
            starts.Add(placer.StartAsync(new RegionSpec(executor.Name, shards) { Descriptor = descriptor }, cancellationToken));
        }
    }

    /// <summary>
    /// Reaches every replica of every executor (a message through each replica's mailbox) and reports which
    /// answered within <see cref="FlowHostOptions.ReadinessTimeout"/>. A replica busy with a long request
    /// answers after it.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The report; <see cref="ReadinessReport.Ready"/> when every executor is ready.</returns>
    public async Task<ReadinessReport> DryRunAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var probes = new List<Task<ShardProbeResult>>[_executors.Count];
        for (var i = 0; i < _executors.Count; i++)
        {
            probes[i] = [];
            foreach (var shard in _executors[i].Refs)
            {
                probes[i].Add(shard.Ask<ShardProbeResult>(ProbeShard.Instance, _readinessTimeout, cancellationToken));
            }
        }

        var entries = new ExecutorReadiness[_executors.Count];
        var ready = true;
        for (var i = 0; i < entries.Length; i++)
        {
            var answered = 0;
            var everyShard = true;
            foreach (var probe in probes[i])
            {
                try
                {
                    var result = await probe.ConfigureAwait(false);
                    answered += result.Answered;
                    everyShard &= result.Answered > 0;
                }
                catch (AskTimeoutException)
                {
                    everyShard = false;
                }
            }

            var e = _executors[i];
            entries[i] = new ExecutorReadiness(e.Name, e.Shards, e.Replicas, answered, everyShard);
            ready &= everyShard;
        }

        return new ReadinessReport(ready, entries);
    }

    /// <summary>
    /// Closes every executor instance exactly once (its <c>Close</c> / <c>CloseAsync</c>), waiting for the
    /// requests its replica is running, then stops the Flow's actors (the whole actor system when the host
    /// created it). Later calls do nothing.
    /// </summary>
    /// <returns>A task that completes when everything is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await CloseAsync(_executors, _shutdownTimeout).ConfigureAwait(false);
        StopRemote(_remote);
        await StopAsync(_system, _ownsSystem, _actors).ConfigureAwait(false);
    }

    /// <summary>How a shard supervises its replicas (also on a node hosting remotely placed executors).</summary>
    internal static SupervisorStrategy ReplicaSupervisor { get; } = new OneForOneStrategy(
        10, TimeSpan.FromMinutes(1), static e => e is ActorInitializationException ? Directive.Stop : Directive.Restart);

    private static async Task CloseAsync(IReadOnlyList<PlacedExecutor> executors, TimeSpan timeout)
    {
        var closes = new List<Task<ShardClosed>>();
        foreach (var e in executors)
        {
            foreach (var shard in e.Refs)
            {
                closes.Add(shard.Ask<ShardClosed>(CloseShard.Instance, timeout));
            }
        }

        foreach (var close in closes)
        {
            try
            {
                await close.ConfigureAwait(false);
            }
            catch (ActorTerminatedException)
            {
                // The shard is gone already: its replicas closed their executors when they stopped.
            }
            catch (AskTimeoutException)
            {
                // A replica is stuck in a handler: stopping the actors closes what is still open.
            }
        }
    }

    private static void StopRemote(RemoteExecutorPlacement? remote)
    {
        if (remote is null)
        {
            return;
        }

        foreach (var region in remote.RemoteRegions)
        {
            region.Tell(PoisonPill.Instance, null);
        }
    }

    private static async Task StopAsync(ActorSystem system, bool ownsSystem, IReadOnlyList<IActorRef> actors)
    {
        if (ownsSystem)
        {
            await system.Terminate().ConfigureAwait(false);
            return;
        }

        foreach (var actor in actors)
        {
            system.Stop(actor);
        }
    }

    private sealed class PlacedExecutor(string name, int shards, int replicas, Action<PlanNode, IReadOnlyList<IActorRef>> attach, PlanNode node)
    {
        public string Name { get; } = name;

        public int Shards { get; } = shards;

        public int Replicas { get; } = replicas;

        public Action<PlanNode, IReadOnlyList<IActorRef>> Attach { get; } = attach;

        public PlanNode Node { get; } = node;

        public IReadOnlyList<IActorRef> Refs { get; set; } = [];
    }
}
