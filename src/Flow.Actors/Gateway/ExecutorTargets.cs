using Akka.Actor;
using Flow.Core.Runs;

namespace Flow.Actors.Gateway;

/// <summary>
/// Where a gateway sends each call: the executor's shard region (uses_before, the shards, uses_after each have their
/// own), or — when <c>flow.gateway.cache-entity-refs</c> is on and the shard's entity is known — the entity itself,
/// which spares the region's hops. Entities are learnt from their answers to the gateway's locate probes; the gateway
/// watches each, and when one stops (hand-off, node lost) forgets it, so that calls go through the region again and
/// reach wherever the shard runs next. Gateway thread only.
/// </summary>
internal sealed class ExecutorTargets
{
    private readonly IActorRef?[][] _regions;
    private readonly IActorRef?[][] _entities;
    private readonly Address?[][] _lastNodes;
    private readonly Dictionary<string, (int Node, int Slot)> _byExecutor = new(StringComparer.Ordinal);
    private readonly bool _cache;

    /// <param name="regions">Per plan node: its uses_before region (or null), its shards' region, its uses_after region (or null).</param>
    /// <param name="executors">Per plan node: the executor's name (uses_before and uses_after are <c>name/uses-before</c>, <c>name/uses-after</c>).</param>
    /// <param name="shardCounts">Per plan node: its number of shards.</param>
    /// <param name="cache">Whether calls go straight to known entities.</param>
    public ExecutorTargets(IActorRef?[][] regions, string[] executors, int[] shardCounts, bool cache)
    {
        _regions = regions;
        _cache = cache;
        _entities = new IActorRef?[regions.Length][];
        _lastNodes = new Address?[regions.Length][];
        for (var i = 0; i < regions.Length; i++)
        {
            _entities[i] = new IActorRef?[shardCounts[i] + 2];
            _lastNodes[i] = new Address?[shardCounts[i] + 2];
            _byExecutor[executors[i] + "/uses-before"] = (i, 0);
            _byExecutor[executors[i]] = (i, 1);
            _byExecutor[executors[i] + "/uses-after"] = (i, 2);
        }
    }

    /// <summary>Where the call <paramref name="key"/> goes.</summary>
    public IActorRef For(in CallKey key)
    {
        var region = RegionIndex(key.Stage);
        return (_cache ? _entities[key.Node][Slot(key.Node, region, key.Shard)] : null) ?? _regions[key.Node][region]!;
    }

    /// <summary>The regions to probe to locate every shard: (region, shard) pairs.</summary>
    public IEnumerable<(IActorRef Region, int Shard)> Shards()
    {
        for (var node = 0; node < _regions.Length; node++)
        {
            for (var r = 0; r < 3; r++)
            {
                if (_regions[node][r] is not { } region)
                {
                    continue;
                }

                var shards = r == 1 ? _entities[node].Length - 2 : 1;
                for (var shard = 0; shard < shards; shard++)
                {
                    yield return (region, shard);
                }
            }
        }
    }

    /// <summary>
    /// Remembers <paramref name="entity"/> as shard <paramref name="shard"/> of <paramref name="executor"/>; true when
    /// it was not known (the caller watches it).
    /// </summary>
    public bool Learn(string executor, int shard, IActorRef entity)
    {
        if (!_byExecutor.TryGetValue(executor, out var at))
        {
            return false;
        }

        var index = Slot(at.Node, at.Slot, shard);
        ref var slot = ref _entities[at.Node][index];
        if (entity.Equals(slot))
        {
            return false;
        }

        slot = entity;
        _lastNodes[at.Node][index] = entity.Path.Address;
        return true;
    }

    /// <summary>The call target (plan node, step, shard) that shard <paramref name="shard"/> of <paramref name="executor"/> is, or null for an executor of another Flow.</summary>
    public (int Node, CallStage Stage, int Shard)? Locate(string executor, int shard)
    {
        if (!_byExecutor.TryGetValue(executor, out var at))
        {
            return null;
        }

        return at.Slot switch
        {
            0 => (at.Node, CallStage.UsesBefore, 0),
            2 => (at.Node, CallStage.UsesAfter, 0),
            _ => (at.Node, CallStage.Shard, shard),
        };
    }

    /// <summary>The node the target of <paramref name="key"/> last ran on as the gateway knows it (it is kept when the entity is forgotten), or null.</summary>
    public Address? LastNodeOf(in CallKey key)
    {
        var node = _lastNodes[key.Node][Slot(key.Node, RegionIndex(key.Stage), key.Shard)];
        return node is { HasLocalScope: true } ? null : node;
    }

    /// <summary>Forgets <paramref name="entity"/>; returns the call targets it was (node, step, shard) and the region to locate each again.</summary>
    public List<(int Node, CallStage Stage, int Shard, IActorRef Region)> Forget(IActorRef entity)
    {
        var forgotten = new List<(int, CallStage, int, IActorRef)>();
        for (var node = 0; node < _entities.Length; node++)
        {
            var slots = _entities[node];
            for (var i = 0; i < slots.Length; i++)
            {
                if (!entity.Equals(slots[i]))
                {
                    continue;
                }

                slots[i] = null;
                var (stage, region, shard) = i == 0 ? (CallStage.UsesBefore, 0, 0) : i == slots.Length - 1 ? (CallStage.UsesAfter, 2, 0) : (CallStage.Shard, 1, i - 1);
                forgotten.Add((node, stage, shard, _regions[node][region]!));
            }
        }

        return forgotten;
    }

    private static int RegionIndex(CallStage stage) => stage switch
    {
        CallStage.UsesBefore => 0,
        CallStage.UsesAfter => 2,
        _ => 1,
    };

    /// <summary>The cache slot: 0 for uses_before, 1 + shard for a shard, the last for uses_after.</summary>
    private int Slot(int node, int region, int shard) => region switch
    {
        0 => 0,
        2 => _entities[node].Length - 1,
        _ => shard + 1,
    };
}
