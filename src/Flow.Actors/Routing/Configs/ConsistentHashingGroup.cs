namespace Flow.Actors.Routing;

/// <summary>A group of actors by path (see <see cref="Group"/>); messages with equal keys go to the same routee (see <see cref="ConsistentHashingRoutingLogic"/>).</summary>
public sealed class ConsistentHashingGroup : Group
{
    /// <summary>A group of the actors at <paramref name="paths"/>.</summary>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public ConsistentHashingGroup(IEnumerable<string> paths)
        : base(paths)
    {
    }

    /// <summary>A group of the actors at <paramref name="paths"/>.</summary>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public ConsistentHashingGroup(params string[] paths)
        : base(paths)
    {
    }

    /// <summary>Ring points per routee (default 10).</summary>
    public int VirtualNodesFactor { get; init; } = ConsistentHashingRoutingLogic.DefaultVirtualNodesFactor;

    /// <summary>Maps messages to keys; <c>null</c> to use <see cref="IConsistentHashable"/> only.</summary>
    public ConsistentHashMapping? HashMapping { get; init; }

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) => new ConsistentHashingRoutingLogic(VirtualNodesFactor, HashMapping);
}
