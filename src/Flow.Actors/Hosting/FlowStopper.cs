using Akka;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Cluster.Tools.Client;
using Flow.Actors.Executors;
using Flow.Actors.Gateway;

namespace Flow.Actors.Hosting;

/// <summary>
/// The orderly stop of one running Flow, run once whoever starts it (<see cref="FlowHost.DisposeAsync"/> or the
/// ActorSystem's coordinated shutdown): drain the gateway, close every executor instance, then stop the Flow's
/// actors — its regions, or the whole ActorSystem when the host created it.
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
        shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "flow-" + flow + "-close", async () =>
        {
            await CloseAsync(executors).ConfigureAwait(false);
            return Done.Instance;
        });
    }

    private async Task RunAsync(IActorRef? gateway, IReadOnlyList<RunningExecutor> executors)
    {
        await DrainAsync(gateway).ConfigureAwait(false);
        await CloseAsync(executors).ConfigureAwait(false);
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
            stops.Add(StopQuietlyAsync(executor.Region, GracefulShutdown.Instance));
        }

        await Task.WhenAll(stops).ConfigureAwait(false);
    }

    private Task DrainAsync(IActorRef? gateway)
    {
        lock (_lock)
        {
            if (_drain is null && gateway is not null && !ownsSystem)
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

    private static async Task StopQuietlyAsync(IActorRef actor, object stopMessage)
    {
        try
        {
            await actor.GracefulStop(TimeSpan.FromSeconds(10), stopMessage).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TaskCanceledException or AskTimeoutException)
        {
            actor.Tell(PoisonPill.Instance);
        }
    }

    private static TimeSpan Longer(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? timeout : timeout + TimeSpan.FromSeconds(5);
}
