namespace Flow.Actors.Routing;

/// <summary>
/// The consistent-hash ring of a set of routees: each routee has <c>virtualNodesFactor</c> points on the ring, placed by
/// the stable hash of its path and the point's index; a key belongs to the first point at or after its hash. Immutable.
/// </summary>
internal sealed class HashRing
{
    private readonly int[] _points;
    private readonly Routee[] _owners;

    private HashRing(int[] points, Routee[] owners)
    {
        _points = points;
        _owners = owners;
    }

    /// <summary>The routees the ring was built from (the router's array, compared by reference to reuse the ring).</summary>
    public Routee[]? Source { get; private init; }

    public static HashRing Build(Routee[] routees, int virtualNodesFactor)
    {
        var points = new int[routees.Length * virtualNodesFactor];
        var owners = new Routee[points.Length];
        var n = 0;
        foreach (var routee in routees)
        {
            var identity = Identity(routee);
            for (var v = 0; v < virtualNodesFactor; v++)
            {
                points[n] = StableHash.OfString(identity + ":" + v.ToString(System.Globalization.CultureInfo.InvariantCulture));
                owners[n] = routee;
                n++;
            }
        }

        Array.Sort(points, owners);
        return new HashRing(points, owners) { Source = routees };
    }

    public Routee NodeFor(int keyHash)
    {
        var i = Array.BinarySearch(_points, keyHash);
        if (i < 0)
        {
            i = ~i;
        }

        return _owners[i == _points.Length ? 0 : i];
    }

    // A routee's place on the ring depends on its path only (not its uid or address), so that routers built from the
    // same paths in different processes agree on where a key goes.
    private static string Identity(Routee routee) => routee switch
    {
        ActorRefRoutee r => r.Actor.Path.ToStringWithoutAddress(),
        ActorSelectionRoutee s => s.Selection.PathString,
        _ => routee.ToString(),
    };
}
