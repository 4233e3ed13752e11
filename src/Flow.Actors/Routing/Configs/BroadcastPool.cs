namespace Flow.Actors.Routing;

/// <summary>A pool of routees (see <see cref="Pool"/>); every message goes to every routee (see <see cref="BroadcastRoutingLogic"/>).</summary>
public sealed class BroadcastPool : Pool
{
    /// <summary>A pool of <paramref name="nrOfInstances"/> routees.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nrOfInstances"/> is negative.</exception>
    public BroadcastPool(int nrOfInstances)
        : base(nrOfInstances)
    {
    }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new BroadcastRoutingLogic();
}
