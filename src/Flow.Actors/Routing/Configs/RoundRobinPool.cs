namespace Flow.Actors.Routing;

/// <summary>A pool of routees (see <see cref="Pool"/>); messages go to each routee in turn (see <see cref="RoundRobinRoutingLogic"/>).</summary>
public sealed class RoundRobinPool : Pool
{
    /// <summary>A pool of <paramref name="nrOfInstances"/> routees.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nrOfInstances"/> is negative.</exception>
    public RoundRobinPool(int nrOfInstances)
        : base(nrOfInstances)
    {
    }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new RoundRobinRoutingLogic();
}
