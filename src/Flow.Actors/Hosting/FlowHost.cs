using Akka.Actor;
using Akka.Cluster.Tools.Client;
using Akka.Event;
using Flow.Actors.Client;
using Flow.Actors.Cluster;
using Flow.Actors.Executors;
using Flow.Actors.Gateway;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Core.Runs;

namespace Flow.Actors.Hosting;

/// <summary>
/// A running Flow: each executor a cluster-sharded actor type whose shard entities own a pool of replica actors (all
/// constructed at start), a gateway actor, and a <see cref="FlowClient"/> to post to it. Embedded by default (a
/// one-node cluster on 127.0.0.1 that the host creates and terminates), or on a given cluster member. Start with
/// <see cref="StartAsync"/>, stop with <see cref="DisposeAsync"/>; when the ActorSystem shuts down first, its
/// coordinated shutdown stops the Flow the same orderly way.
/// </summary>
public sealed class FlowHost : IAsyncDisposable
{
    private readonly bool _ownsSystem;
    private readonly IActorRef _gateway;
    private readonly IReadOnlyList<RunningExecutor> _executors;
    private readonly TimeSpan _readinessTimeout;
    private readonly FlowStopper _stopper;
    private int _disposed;

    private FlowHost(ActorSystem system, bool ownsSystem, string name, IActorRef gateway, IReadOnlyList<RunningExecutor> executors, TimeSpan readinessTimeout, FlowStopper stopper)
    {
        System = system;
        _ownsSystem = ownsSystem;
        Name = name;
        _gateway = gateway;
        _executors = executors;
        _readinessTimeout = readinessTimeout;
        _stopper = stopper;
        Client = new FlowClient(new LocalGatewayChannel(gateway, Serialization.MessageSizeGuard.For(system)));
    }

    /// <summary>The client that posts to this Flow's gateway (in this process).</summary>
    public FlowClient Client { get; }

    /// <summary>The Flow's name (its shard regions are <c>flow-&lt;name&gt;-&lt;executor&gt;</c>).</summary>
    public string Name { get; }

    /// <summary>The ActorSystem the Flow runs in.</summary>
    public ActorSystem System { get; }

    /// <summary>The gateway actor: a .NET application using Akka.NET posts a Flow request to it by message.</summary>
    public IActorRef Gateway => _gateway;

    /// <summary>
    /// Starts <paramref name="definition"/>: a shard region per executor (and per <c>uses_before</c> /
    /// <c>uses_after</c>), every shard entity with every replica's executor constructed, and the gateway; completes
    /// when a readiness probe has reached every replica.
    /// </summary>
    /// <param name="definition">The validated Flow.</param>
    /// <param name="options">ActorSystem, name, workspace, timeouts, retries; defaults when null.</param>
    /// <param name="cancellationToken">Stops waiting for the executors.</param>
    /// <returns>The running Flow.</returns>
    /// <exception cref="ExecutorConstructionException">An executor could not be constructed (unknown <c>uses</c>, bad <c>uses_with</c>, throwing constructor); the message names it. What started is closed and stopped.</exception>
    /// <exception cref="ArgumentException">The name is invalid, or the given ActorSystem is not a cluster member.</exception>
    /// <exception cref="FlowValidationException">Another member runs a Flow of this name with another definition (the message names the member and the difference).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; what started is stopped.</exception>
    public static async Task<FlowHost> StartAsync(FlowDefinition definition, FlowHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        options ??= new FlowHostOptions();
        var name = (options.Name ?? definition.Name) is { } given ? FlowNames.Validate(given) : FlowNames.Unique();
        var ownsSystem = options.System is null;
        if (options.System is { } external && external.Settings.ProviderClass != typeof(Akka.Cluster.ClusterActorRefProvider).FullName
            && !external.Settings.ProviderClass.StartsWith(typeof(Akka.Cluster.ClusterActorRefProvider).FullName + ",", StringComparison.Ordinal))
        {
            throw new ArgumentException($"FlowHost needs a cluster member: ActorSystem '{external.Name}' runs with provider '{external.Settings.ProviderClass}' (set akka.actor.provider = cluster).", nameof(options));
        }

        var system = options.System ?? EmbeddedCluster.Create("flow", options.LoggerFactory, null);

        // An embedded node joins itself while the Flow's regions start (their first start is mostly compiling code):
        // they register with their coordinators once it is Up.
        var joined = ownsSystem ? EmbeddedCluster.JoinSelfAsync(system, cancellationToken) : Task.CompletedTask;
        var extension = FlowExtension.Get(system);
        var settings = extension.Settings;
        foreach (var warning in definition.Warnings)
        {
            system.Log.Warning("Flow '{0}': {1}", name, warning);
        }

        if (!ownsSystem)
        {
            await WaitUntilUpAsync(system, settings.StartTimeout, cancellationToken).ConfigureAwait(false);
        }

        var signature = FlowAgreement.WithNodeSettings(FlowSignature.Of(definition), system, settings, options.Retries);
        if (!ownsSystem)
        {
            await FlowAgreement.CheckAsync(system, name, signature, cancellationToken).ConfigureAwait(false);
        }

        extension.UseRegistry(name, options.Registry ?? ExecutorRegistry.Default);
        var plan = FlowPlan.Build(definition.Topology);
        var starter = new FlowStarter(system, name, definition, plan, options, settings);
        var stopper = new FlowStopper(system, name, ownsSystem, options.DrainTimeout ?? settings.DrainTimeout, options.ShutdownTimeout ?? settings.CloseTimeout);
        try
        {
            await starter.StartAsync(joined, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _ = joined.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            await stopper.StopAsync(null, starter.Executors).ConfigureAwait(false);
            throw;
        }

        var spec = new GatewaySpec(name, plan, starter.Regions, options.DefaultTimeout ?? settings.DefaultTimeout, settings.CacheEntityRefs, signature.ToString()) { Roles = starter.Roles };
        var gateway = system.ActorOf(GatewayActor.Props(spec), FlowNames.Gateway(name));

        // Outside applications reach the gateway through Akka's cluster client (FlowClient.ConnectAsync).
        ClusterClientReceptionist.Get(system).RegisterService(gateway);
        var host = new FlowHost(system, ownsSystem, name, gateway, starter.Executors, options.ReadinessTimeout ?? settings.ReadinessTimeout, stopper);
        stopper.RegisterWithCoordinatedShutdown(gateway, starter.Executors);
        extension.Started(host);
        var report = await host.DryRunAsync(cancellationToken).ConfigureAwait(false);

        // In a cluster, nodes joining meanwhile make the coordinators rebalance shards: a shard being handed off answers
        // only from its new node. Probed again until start-timeout, so that a node starting beside others still starts.
        var readyBy = DateTime.UtcNow + settings.StartTimeout;
        while (!report.Ready && !ownsSystem && DateTime.UtcNow < readyBy)
        {
            report = await host.DryRunAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!report.Ready)
        {
            await host.DisposeAsync().ConfigureAwait(false);
            var missing = string.Join(", ", report.Executors.Where(e => !e.Ready).Select(e => e.Name));
            throw new InvalidOperationException($"The Flow '{name}' started but executors {missing} did not answer the readiness probe within {host._readinessTimeout.TotalSeconds:0.#} s.");
        }

        return host;
    }

    /// <summary>
    /// Reaches every replica of every executor (a message through each replica's mailbox) and reports which answered
    /// within the readiness timeout. A replica busy with a long request answers after it.
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
            for (var shard = 0; shard < _executors[i].Shards; shard++)
            {
                probes[i].Add(_executors[i].Region.Ask<ShardProbeResult>(new ProbeShard(shard), _readinessTimeout, cancellationToken));
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

    /// <summary>Where each shard of each executor runs, and where its replicas are (a probe through each shard's region).</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The Flow's shards; a shard that did not answer within the readiness timeout has an empty node.</returns>
    internal async Task<Status.FlowStatusEntry> DescribeAsync(CancellationToken cancellationToken = default)
    {
        var executors = new List<Status.ExecutorStatusEntry>(_executors.Count);
        foreach (var executor in _executors)
        {
            var shards = new List<Status.ShardStatusEntry>(executor.Shards);
            for (var shard = 0; shard < executor.Shards; shard++)
            {
                try
                {
                    var probe = await executor.Region.Ask<ShardProbeResult>(new ProbeShard(shard), _readinessTimeout, cancellationToken).ConfigureAwait(false);
                    shards.Add(new Status.ShardStatusEntry(shard, probe.Node, probe.ReplicaNodes));
                }
                catch (AskTimeoutException)
                {
                    shards.Add(new Status.ShardStatusEntry(shard, string.Empty, []));
                }
            }

            executors.Add(new Status.ExecutorStatusEntry(executor.Name, shards));
        }

        return new Status.FlowStatusEntry(Name, executors);
    }

    /// <summary>
    /// Stops the Flow in order: the gateway refuses new requests and waits for the ones in flight (floating executors
    /// and their successors included, up to the drain timeout); then every executor instance is closed exactly once
    /// (its <c>Close</c> / <c>CloseAsync</c>); then the Flow's actors stop (the whole ActorSystem when the host created
    /// it). Later calls wait for the same stop.
    /// </summary>
    /// <returns>A task that completes when everything is stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        Interlocked.Exchange(ref _disposed, 1);
        FlowExtension.Get(System).Stopped(this);
        await _stopper.StopAsync(_gateway, _executors).ConfigureAwait(false);
    }

    private static async Task WaitUntilUpAsync(ActorSystem system, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var cluster = Akka.Cluster.Cluster.Get(system);
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cluster.RegisterOnMemberUp(() => up.TrySetResult());
        try
        {
            await up.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException(
                $"The ActorSystem '{system.Name}' ({cluster.SelfAddress}) is not an Up cluster member after {timeout.TotalSeconds:0} s (flow.executor.start-timeout): join it to a cluster (its seed nodes, or Cluster.Join) before starting a Flow on it.");
        }
    }

    /// <summary>True when the host created its ActorSystem (and terminates it on dispose).</summary>
    internal bool OwnsSystem => _ownsSystem;
}
