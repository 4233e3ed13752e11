namespace Flow.Actors.Routing;

/// <summary>A group of actors by path (see <see cref="Group"/>); each message goes to all, the first reply wins (see <see cref="ScatterGatherFirstCompletedRoutingLogic"/>).</summary>
public sealed class ScatterGatherFirstCompletedGroup : Group
{
    /// <summary>A group of the actors at <paramref name="paths"/> that waits <paramref name="within"/> for a reply.</summary>
    /// <exception cref="ArgumentException">A path is null or empty, or <paramref name="within"/> is not positive.</exception>
    public ScatterGatherFirstCompletedGroup(IEnumerable<string> paths, TimeSpan within)
        : base(paths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(within, TimeSpan.Zero);
        Within = within;
    }

    /// <summary>How long to wait for the first reply.</summary>
    public TimeSpan Within { get; }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new ScatterGatherFirstCompletedRoutingLogic(system, Within);
}
