namespace Flow.Actors.Routing;

/// <summary>A group of actors by path (see <see cref="Group"/>); each message goes to one routee, then another every interval, until a reply (see <see cref="TailChoppingRoutingLogic"/>).</summary>
public sealed class TailChoppingGroup : Group
{
    /// <summary>A group of the actors at <paramref name="paths"/> that waits <paramref name="within"/> for a reply and tries the next routee every <paramref name="interval"/>.</summary>
    /// <exception cref="ArgumentException">A path is null or empty, or a time is not positive.</exception>
    public TailChoppingGroup(IEnumerable<string> paths, TimeSpan within, TimeSpan interval)
        : base(paths)
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
