namespace Flow.Actors.Routing;

/// <summary>
/// Sends messages with equal keys to the same routee, using a consistent-hash ring with virtual nodes (adding or
/// removing a routee moves only the keys of the ring segments it owns). The key comes from the
/// <see cref="ConsistentHashMapping"/> first, else from the message as an <see cref="IConsistentHashable"/> (which
/// <see cref="ConsistentHashableEnvelope"/> is); a message with no key selects <see cref="NoRoutee"/> (dead letters).
/// </summary>
public sealed class ConsistentHashingRoutingLogic : RoutingLogic
{
    /// <summary>Akka's default number of ring points per routee.</summary>
    public const int DefaultVirtualNodesFactor = 10;

    private readonly ConsistentHashMapping? _hashMapping;
    private HashRing? _ring;

    /// <summary>Creates the logic.</summary>
    /// <param name="virtualNodesFactor">Ring points per routee (at least 1); more points spread keys more evenly.</param>
    /// <param name="hashMapping">Maps messages to keys; <c>null</c> to use <see cref="IConsistentHashable"/> only.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="virtualNodesFactor"/> is below 1.</exception>
    public ConsistentHashingRoutingLogic(int virtualNodesFactor = DefaultVirtualNodesFactor, ConsistentHashMapping? hashMapping = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(virtualNodesFactor, 1);
        VirtualNodesFactor = virtualNodesFactor;
        _hashMapping = hashMapping;
    }

    /// <summary>Ring points per routee.</summary>
    public int VirtualNodesFactor { get; }

    /// <inheritdoc />
    public override Routee Select(object message, Routee[] routees)
    {
        if (routees.Length == 0 || KeyOf(message) is not { } key)
        {
            return NoRoutee.Instance;
        }

        return RingFor(routees).NodeFor(StableHash.OfKey(key));
    }

    private object? KeyOf(object message) =>
        _hashMapping?.Invoke(message) ?? (message as IConsistentHashable)?.ConsistentHashKey;

    // The ring is rebuilt only when the router publishes a new routee array; racing senders may both build one, which
    // is harmless (rings from the same array are equal).
    private HashRing RingFor(Routee[] routees)
    {
        var ring = Volatile.Read(ref _ring);
        if (ring is null || !ReferenceEquals(ring.Source, routees))
        {
            ring = HashRing.Build(routees, VirtualNodesFactor);
            Volatile.Write(ref _ring, ring);
        }

        return ring;
    }
}
