namespace Flow.Actors.Routing;

/// <summary>A pool of routees (see <see cref="Pool"/>); each message goes to all, the first reply wins (see <see cref="ScatterGatherFirstCompletedRoutingLogic"/>).</summary>
public sealed class ScatterGatherFirstCompletedPool : Pool
{
    /// <summary>A pool of <paramref name="nrOfInstances"/> routees that waits <paramref name="within"/> for a reply.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or <paramref name="within"/> is not positive.</exception>
    public ScatterGatherFirstCompletedPool(int nrOfInstances, TimeSpan within)
        : base(nrOfInstances)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(within, TimeSpan.Zero);
        Within = within;
    }

    /// <summary>How long to wait for the first reply.</summary>
    public TimeSpan Within { get; }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new ScatterGatherFirstCompletedRoutingLogic(system, Within);
}
