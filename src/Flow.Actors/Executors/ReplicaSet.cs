using Akka.Actor;

namespace Flow.Actors.Executors;

/// <summary>
/// The replicas of one shard as its entity knows them: each replica actor gets a stable index when it joins (the
/// same index after a restart, the lowest free one for a new actor), is up once its executor is constructed, and
/// is chosen round-robin among the replicas that are up; a retry avoids the replica it comes from when another is
/// up. Not thread-safe: owned by one shard entity.
/// </summary>
internal sealed class ReplicaSet
{
    private readonly List<Slot?> _slots = [];
    private int _next;

    /// <summary>How many replicas have joined and not left.</summary>
    public int Count { get; private set; }

    /// <summary>How many replicas are up.</summary>
    public int UpCount { get; private set; }

    /// <summary>Registers <paramref name="replica"/> (again, after a restart) and returns its index; it is down until <see cref="MarkUp"/>.</summary>
    public int Join(IActorRef replica)
    {
        var free = -1;
        for (var i = 0; i < _slots.Count; i++)
        {
            if (_slots[i] is { } slot && slot.Ref.Equals(replica))
            {
                MarkDown(i);
                return i;
            }

            if (_slots[i] is null && free < 0)
            {
                free = i;
            }
        }

        if (free < 0)
        {
            free = _slots.Count;
            _slots.Add(null);
        }

        _slots[free] = new Slot(replica);
        Count++;
        return free;
    }

    /// <summary>Forgets <paramref name="replica"/> (it stopped); returns its index, or -1 when unknown.</summary>
    public int Remove(IActorRef replica)
    {
        var index = IndexOf(replica);
        if (index >= 0)
        {
            MarkDown(index);
            _slots[index] = null;
            Count--;
        }

        return index;
    }

    /// <summary>The index of <paramref name="replica"/>, or -1.</summary>
    public int IndexOf(IActorRef replica)
    {
        for (var i = 0; i < _slots.Count; i++)
        {
            if (_slots[i] is { } slot && slot.Ref.Equals(replica))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The actor of replica <paramref name="index"/>, or null.</summary>
    public IActorRef? RefOf(int index) => (uint)index < (uint)_slots.Count ? _slots[index]?.Ref : null;

    /// <summary>Whether replica <paramref name="index"/> is up.</summary>
    public bool IsUp(int index) => (uint)index < (uint)_slots.Count && _slots[index] is { Up: true };

    /// <summary>Marks a replica up (its executor is constructed).</summary>
    public void MarkUp(int index)
    {
        if ((uint)index < (uint)_slots.Count && _slots[index] is { Up: false } slot)
        {
            slot.Up = true;
            UpCount++;
        }
    }

    /// <summary>Marks a replica down (crashed and restarting, or broken).</summary>
    public void MarkDown(int index)
    {
        if ((uint)index < (uint)_slots.Count && _slots[index] is { Up: true } slot)
        {
            slot.Up = false;
            UpCount--;
        }
    }

    /// <summary>
    /// The next replica in round-robin order that is up and is not <paramref name="avoid"/>; when no other is up,
    /// <paramref name="avoid"/> itself if it is up; -1 when none is up.
    /// </summary>
    public int Next(int avoid = -1)
    {
        var count = _slots.Count;
        for (var i = 0; i < count; i++)
        {
            var candidate = (_next + i) % count;
            if (candidate != avoid && _slots[candidate] is { Up: true })
            {
                _next = (candidate + 1) % count;
                return candidate;
            }
        }

        return IsUp(avoid) ? avoid : -1;
    }

    /// <summary>The indices of the replicas that joined, in index order.</summary>
    public IEnumerable<int> Indices()
    {
        for (var i = 0; i < _slots.Count; i++)
        {
            if (_slots[i] is not null)
            {
                yield return i;
            }
        }
    }

    private sealed class Slot(IActorRef replica)
    {
        public IActorRef Ref { get; } = replica;

        public bool Up { get; set; }
    }
}
