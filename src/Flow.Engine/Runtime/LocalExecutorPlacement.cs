using Flow.Actors;

namespace Flow.Engine.Runtime;

/// <summary>Places every executor in this process: one <see cref="ExecutorRegionActor"/> per executor in <paramref name="system"/>, named after <paramref name="prefix"/>.</summary>
internal sealed class LocalExecutorPlacement(ActorSystem system, string prefix) : IExecutorPlacement
{
    private readonly List<IActorRef> _regions = [];

    /// <summary>The regions started so far.</summary>
    public IReadOnlyList<IActorRef> Regions => _regions;

    public async Task<IReadOnlyList<IActorRef>> StartAsync(RegionSpec spec, CancellationToken cancellationToken)
    {
        var name = prefix + "-" + spec.Name.Replace('/', '-');
        var region = system.ActorOf(Props.Create(() => new ExecutorRegionActor(spec)), name);
        lock (_regions)
        {
            _regions.Add(region);
        }

        var started = await region.Ask<RegionStarted>(StartRegion.Instance, Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
        if (started.Failure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return started.Shards;
    }
}
