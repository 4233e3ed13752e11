namespace Flow.Actors.Routing;

/// <summary>A pool of routees (see <see cref="Pool"/>); each message goes to a random routee (see <see cref="RandomRoutingLogic"/>).</summary>
public sealed class RandomPool : Pool
{
    /// <summary>A pool of <paramref name="nrOfInstances"/> routees.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nrOfInstances"/> is negative.</exception>
    public RandomPool(int nrOfInstances)
        : base(nrOfInstances)
    {
    }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new RandomRoutingLogic();
}
