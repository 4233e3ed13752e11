namespace Flow.Actors.Routing;

/// <summary>A pool of routees (see <see cref="Pool"/>); each message goes to the routee with the fewest waiting messages (see <see cref="SmallestMailboxRoutingLogic"/>).</summary>
public sealed class SmallestMailboxPool : Pool
{
    /// <summary>A pool of <paramref name="nrOfInstances"/> routees.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nrOfInstances"/> is negative.</exception>
    public SmallestMailboxPool(int nrOfInstances)
        : base(nrOfInstances)
    {
    }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new SmallestMailboxRoutingLogic();
}
