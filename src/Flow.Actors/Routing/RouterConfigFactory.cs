namespace Flow.Actors.Routing;

/// <summary>
/// Builds a <see cref="RouterConfig"/> from Akka's deployment vocabulary (<c>router = round-robin-pool</c>,
/// <c>nr-of-instances</c>, <c>routees.paths</c>, <c>resizer</c>, <c>within</c>, <c>tail-chopping-router.interval</c>,
/// <c>virtual-nodes-factor</c>), for the configuration reader and for code that names routers by string.
/// </summary>
public static class RouterConfigFactory
{
    /// <summary>Akka's default <c>within</c> for scatter-gather and tail-chopping routers.</summary>
    public static readonly TimeSpan DefaultWithin = TimeSpan.FromSeconds(5);

    /// <summary>Akka's default <c>tail-chopping-router.interval</c>.</summary>
    public static readonly TimeSpan DefaultTailChoppingInterval = TimeSpan.FromMilliseconds(10);

    private static readonly string[] KnownNames =
    [
        "round-robin-pool", "round-robin-group", "random-pool", "random-group", "smallest-mailbox-pool",
        "broadcast-pool", "broadcast-group", "consistent-hashing-pool", "consistent-hashing-group",
        "scatter-gather-pool", "scatter-gather-group", "tail-chopping-pool", "tail-chopping-group",
    ];

    /// <summary>The router names <see cref="Create"/> knows.</summary>
    public static IReadOnlyList<string> RouterNames => KnownNames;

    /// <summary>Creates the config named <paramref name="routerName"/>.</summary>
    /// <param name="routerName">One of <see cref="RouterNames"/> (case-sensitive, as in Akka).</param>
    /// <param name="nrOfInstances">The pool's initial size (pools only).</param>
    /// <param name="paths">The routees' paths (groups only; pools ignore them).</param>
    /// <param name="resizer">The pool's resizer settings, or <c>null</c> for a fixed size; groups cannot have one.</param>
    /// <param name="within">Scatter-gather and tail-chopping reply timeout; <see cref="DefaultWithin"/> when null.</param>
    /// <param name="tailChoppingInterval">Tail-chopping interval; <see cref="DefaultTailChoppingInterval"/> when null.</param>
    /// <param name="virtualNodesFactor">Consistent-hashing ring points per routee.</param>
    /// <exception cref="ArgumentException">The name is unknown (the message quotes it and lists the known names), a group has a resizer, or a value is invalid.</exception>
    public static RouterConfig Create(
        string routerName,
        int nrOfInstances,
        IReadOnlyList<string> paths,
        ResizerSettings? resizer = null,
        TimeSpan? within = null,
        TimeSpan? tailChoppingInterval = null,
        int virtualNodesFactor = ConsistentHashingRoutingLogic.DefaultVirtualNodesFactor)
    {
        ArgumentNullException.ThrowIfNull(routerName);
        ArgumentNullException.ThrowIfNull(paths);
        var wait = within ?? DefaultWithin;
        var interval = tailChoppingInterval ?? DefaultTailChoppingInterval;
        if (routerName.EndsWith("-group", StringComparison.Ordinal) && resizer is not null && Array.IndexOf(KnownNames, routerName) >= 0)
        {
            throw new ArgumentException($"Router '{routerName}' is a group: only pools can have a resizer.", nameof(resizer));
        }

        var r = resizer is null ? null : new DefaultResizer(resizer);
        Pool? pool = routerName switch
        {
            "round-robin-pool" => new RoundRobinPool(nrOfInstances) { Resizer = r },
            "random-pool" => new RandomPool(nrOfInstances) { Resizer = r },
            "smallest-mailbox-pool" => new SmallestMailboxPool(nrOfInstances) { Resizer = r },
            "broadcast-pool" => new BroadcastPool(nrOfInstances) { Resizer = r },
            "consistent-hashing-pool" => new ConsistentHashingPool(nrOfInstances) { Resizer = r, VirtualNodesFactor = virtualNodesFactor },
            "scatter-gather-pool" => new ScatterGatherFirstCompletedPool(nrOfInstances, wait) { Resizer = r },
            "tail-chopping-pool" => new TailChoppingPool(nrOfInstances, wait, interval) { Resizer = r },
            _ => null,
        };

        if (pool is not null)
        {
            return pool;
        }

        return routerName switch
        {
            "round-robin-group" => new RoundRobinGroup(paths),
            "random-group" => new RandomGroup(paths),
            "broadcast-group" => new BroadcastGroup(paths),
            "consistent-hashing-group" => new ConsistentHashingGroup(paths) { VirtualNodesFactor = virtualNodesFactor },
            "scatter-gather-group" => new ScatterGatherFirstCompletedGroup(paths, wait),
            "tail-chopping-group" => new TailChoppingGroup(paths, wait, interval),
            _ => throw new ArgumentException(
                $"Unknown router '{routerName}'; known routers are: {string.Join(", ", KnownNames)}.", nameof(routerName)),
        };
    }
}
