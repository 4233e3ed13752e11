namespace Flow.Actors.Routing;

/// <summary>A group of actors by path (see <see cref="Group"/>); messages go to each routee in turn (see <see cref="RoundRobinRoutingLogic"/>).</summary>
public sealed class RoundRobinGroup : Group
{
    /// <summary>A group of the actors at <paramref name="paths"/>.</summary>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public RoundRobinGroup(IEnumerable<string> paths)
        : base(paths)
    {
    }

    /// <summary>A group of the actors at <paramref name="paths"/>.</summary>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public RoundRobinGroup(params string[] paths)
        : base(paths)
    {
    }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new RoundRobinRoutingLogic();
}
