namespace Flow.Actors.Routing;

/// <summary>A group of actors by path (see <see cref="Group"/>); every message goes to every routee (see <see cref="BroadcastRoutingLogic"/>).</summary>
public sealed class BroadcastGroup : Group
{
    /// <summary>A group of the actors at <paramref name="paths"/>.</summary>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public BroadcastGroup(IEnumerable<string> paths)
        : base(paths)
    {
    }

    /// <summary>A group of the actors at <paramref name="paths"/>.</summary>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public BroadcastGroup(params string[] paths)
        : base(paths)
    {
    }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new BroadcastRoutingLogic();
}
