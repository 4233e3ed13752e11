namespace Flow.Actors.Routing;

/// <summary>A pool of routees (see <see cref="Pool"/>); each message goes to one routee, then another every interval, until a reply (see <see cref="TailChoppingRoutingLogic"/>).</summary>
public sealed class TailChoppingPool : Pool
{
    /// <summary>A pool of <paramref name="nrOfInstances"/> routees that waits <paramref name="within"/> for a reply and tries the next routee every <paramref name="interval"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or a time is not positive.</exception>
    public TailChoppingPool(int nrOfInstances, TimeSpan within, TimeSpan interval)
        : base(nrOfInstances)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(within, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        Within = within;
        Interval = interval;
    }

    /// <summary>How long to wait for the first reply.</summary>
    public TimeSpan Within { get; }

    /// <summary>The pause before the message goes to the next routee.</summary>
    public TimeSpan Interval { get; }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new TailChoppingRoutingLogic(system, Within, Interval);
}
