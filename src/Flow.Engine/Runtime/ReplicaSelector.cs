namespace Flow.Engine.Runtime;

/// <summary>
/// Chooses the replica of a shard for each request: round-robin over the replicas that are up, skipping the
/// ones that are down; a retry avoids the replica that just failed when another one is up. Not thread-safe
/// (owned by one shard actor).
/// </summary>
internal sealed class ReplicaSelector
{
    private readonly bool[] _up;
    private int _next;

    /// <summary>Creates a selector for <paramref name="replicas"/> replicas, all down until <see cref="MarkUp"/>.</summary>
    public ReplicaSelector(int replicas)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        _up = new bool[replicas];
    }

    /// <summary>The number of replicas.</summary>
    public int Count => _up.Length;

    /// <summary>How many replicas are up.</summary>
    public int UpCount
    {
        get
        {
            var n = 0;
            foreach (var u in _up)
            {
                n += u ? 1 : 0;
            }

            return n;
        }
    }

    /// <summary>Whether replica <paramref name="replica"/> is up.</summary>
    public bool IsUp(int replica) => _up[replica];

    /// <summary>Marks a replica up (its executor is constructed).</summary>
    public void MarkUp(int replica) => _up[replica] = true;

    /// <summary>Marks a replica down (crashed and restarting, or stopped).</summary>
    public void MarkDown(int replica) => _up[replica] = false;

    /// <summary>
    /// The next replica in round-robin order that is up and is not <paramref name="avoid"/>; when no other is
    /// up, <paramref name="avoid"/> itself if it is up; -1 when none is up.
    /// </summary>
    /// <param name="avoid">A replica to avoid (the one a retry comes from), or -1.</param>
    public int Next(int avoid = -1)
    {
        var count = _up.Length;
        for (var i = 0; i < count; i++)
        {
            var candidate = (_next + i) % count;
            if (_up[candidate] && candidate != avoid)
            {
                _next = (candidate + 1) % count;
                return candidate;
            }
        }

        return avoid >= 0 && avoid < count && _up[avoid] ? avoid : -1;
    }
}
