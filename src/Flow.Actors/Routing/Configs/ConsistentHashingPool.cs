namespace Flow.Actors.Routing;

/// <summary>A pool of routees (see <see cref="Pool"/>); messages with equal keys go to the same routee (see <see cref="ConsistentHashingRoutingLogic"/>).</summary>
public sealed class ConsistentHashingPool : Pool
{
    /// <summary>A pool of <paramref name="nrOfInstances"/> routees.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nrOfInstances"/> is negative.</exception>
    public ConsistentHashingPool(int nrOfInstances)
        : base(nrOfInstances)
    {
    }

    /// <summary>Ring points per routee (default 10).</summary>
    public int VirtualNodesFactor { get; init; } = ConsistentHashingRoutingLogic.DefaultVirtualNodesFactor;

    /// <summary>Maps messages to keys; <c>null</c> to use <see cref="IConsistentHashable"/> only.</summary>
    public ConsistentHashMapping? HashMapping { get; init; }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new ConsistentHashingRoutingLogic(VirtualNodesFactor, HashMapping);
}
