namespace Flow.Actors.Routing;

/// <summary>A group of actors by path (see <see cref="Group"/>); each message goes to a random routee (see <see cref="RandomRoutingLogic"/>).</summary>
public sealed class RandomGroup : Group
{
    /// <summary>A group of the actors at <paramref name="paths"/>.</summary>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public RandomGroup(IEnumerable<string> paths)
        : base(paths)
    {
    }

    /// <summary>A group of the actors at <paramref name="paths"/>.</summary>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public RandomGroup(params string[] paths)
        : base(paths)
    {
    }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new RandomRoutingLogic();
}
