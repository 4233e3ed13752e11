using Akka;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Cluster.Tools.Client;
using Flow.Actors.Executors;
using Flow.Actors.Gateway;

namespace Flow.Actors.Hosting;

/// <summary>
/// The orderly stop of one running Flow, run once whoever starts it (<see cref="FlowHost.DisposeAsync"/> or the
/// ActorSystem's coordinated shutdown): drain the gateway, then close the executor instances and stop the Flow's
/// actors. An embedded Flow (the host created the ActorSystem) closes every executor, then stops the ActorSystem; on a
/// member, each shard of this node closes its executors when its region hands it off (it finishes its requests first,
/// and the calls that reach it meanwhile follow the shard to its next node), so that no request of another member
/// meets a closed executor.
/// </summary>
internal sealed class FlowStopper(ActorSystem system, string flow, bool ownsSystem, TimeSpan drainTimeout, TimeSpan closeTimeout)
{
    private readonly Lock _lock = new();
    private Task? _drain;
    private Task? _close;
    private Task? _stop;

    /// <summary>Drains, closes and stops; the first call does it, later calls wait for it.</summary>
    /// <param name="gateway">The gateway, or null when the Flow failed to start before it had one.</param>
    /// <param name="executors">The executors started.</param>
    public Task StopAsync(IActorRef? gateway, IReadOnlyList<RunningExecutor> executors)
    {
        lock (_lock)
        {
            return _stop ??= RunAsync(gateway, executors);
        }
    }

    /// <summary>Drains and closes the Flow when its ActorSystem shuts down (phases service-requests-done and service-stop).</summary>
    public void RegisterWithCoordinatedShutdown(IActorRef gateway, IReadOnlyList<RunningExecutor> executors)
    {
        var shutdown = CoordinatedShutdown.Get(system);
        shutdown.AddTask(CoordinatedShutdown.PhaseServiceRequestsDone, "flow-" + flow + "-drain", async () =>
        {
            await DrainAsync(gateway).ConfigureAwait(false);
            return Done.Instance;
        });
        if (ownsSystem)
        {
            shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "flow-" + flow + "-close", async () =>
            {
                await CloseAsync(executors).ConfigureAwait(false);
                return Done.Instance;
            });
        }

        // A member closes each of its shards when the shard stops (its hand-off in phase cluster-sharding-shutdown-region):
        // closed earlier, a shard would answer the other members' requests with errors until it is handed off.
    }

    private async Task RunAsync(IActorRef? gateway, IReadOnlyList<RunningExecutor> executors)
    {
        await DrainAsync(gateway).ConfigureAwait(false);
        if (ownsSystem)
        {
            await CloseAsync(executors).ConfigureAwait(false);
        }

        if (gateway is not null)
        {
            await StopQuietlyAsync(gateway, PoisonPill.Instance).ConfigureAwait(false);
        }

        if (ownsSystem)
        {
            await CoordinatedShutdown.Get(system).Run(CoordinatedShutdown.ActorSystemTerminateReason.Instance).ConfigureAwait(false);
            await system.WhenTerminated.ConfigureAwait(false);
            return;
        }

        var stops = new List<Task>();
        foreach (var executor in executors)
        {
            // The region hands its shards off: each finishes its requests and closes its executors, then stops.
            stops.Add(StopQuietlyAsync(executor.Region, GracefulShutdown.Instance, Longer(closeTimeout)));
        }

        await Task.WhenAll(stops).ConfigureAwait(false);
    }

    private Task DrainAsync(IActorRef? gateway)
    {
        lock (_lock)
        {
            if (_drain is null && gateway is not null)
            {
                // Outside clients stop picking this node's gateway before it starts refusing requests.
                ClusterClientReceptionist.Get(system).UnregisterService(gateway);
            }

            return _drain ??= gateway is null ? Task.CompletedTask : AskQuietlyAsync<GatewayDrained>(gateway, new DrainGateway(drainTimeout), Longer(drainTimeout));
        }
    }

    private Task CloseAsync(IReadOnlyList<RunningExecutor> executors)
    {
        lock (_lock)
        {
            return _close ??= CloseAllAsync(executors);
        }
    }

    /// <summary>
    /// Closes the executors of the shards that run on this node (every shard, on an embedded node). Shards on other
    /// members keep running there: this node only stops its part of the Flow.
    /// </summary>
    private async Task CloseAllAsync(IReadOnlyList<RunningExecutor> executors)
    {
        var self = Akka.Cluster.Cluster.Get(system).SelfAddress.ToString();
        var closes = new List<Task>();
        foreach (var executor in executors)
        {
            for (var shard = 0; shard < executor.Shards; shard++)
            {
                closes.Add(CloseIfLocalAsync(executor.Region, shard, self));
            }
        }

        await Task.WhenAll(closes).ConfigureAwait(false);
    }

    private async Task CloseIfLocalAsync(IActorRef region, int shard, string self)
    {
        try
        {
            var located = await region.Ask<ShardProbeResult>(new ProbeShard(shard), closeTimeout == Timeout.InfiniteTimeSpan ? null : closeTimeout).ConfigureAwait(false);
            if (located.Node != self)
            {
                return;
            }
        }
        catch (Exception e) when (e is AskTimeoutException or TaskCanceledException or InvalidOperationException)
        {
            return;
        }

        await AskQuietlyAsync<ShardClosed>(region, new CloseShard(shard), closeTimeout).ConfigureAwait(false);
    }

    private static async Task AskQuietlyAsync<T>(IActorRef target, object message, TimeSpan timeout)
    {
        try
        {
            await target.Ask<T>(message, timeout == Timeout.InfiniteTimeSpan ? null : timeout).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AskTimeoutException or TaskCanceledException or InvalidOperationException)
        {
            // Past its time the stop goes on: stopping the replicas closes the executors still open.
        }
    }

    private static async Task StopQuietlyAsync(IActorRef actor, object stopMessage, TimeSpan? timeout = null)
    {
        try
        {
            var bound = timeout is { } t && t != Timeout.InfiniteTimeSpan ? t : TimeSpan.FromSeconds(10);
            await actor.GracefulStop(bound, stopMessage).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TaskCanceledException or AskTimeoutException)
        {
            actor.Tell(PoisonPill.Instance);
        }
    }

    private static TimeSpan Longer(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? timeout : timeout + TimeSpan.FromSeconds(5);
}
