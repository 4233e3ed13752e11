using Akka.Actor;
using Flow.Core.Runs;

namespace Flow.Actors.Gateway;

/// <summary>
/// Where a gateway sends each call: the executor's shard region (uses_before, the shards, uses_after each have
/// their own), or — once a shard entity has answered and <c>flow.gateway.cache-entity-refs</c> is on — the entity
/// itself, which spares the region's hops. A cached entity is watched by the gateway and forgotten when it stops
/// (hand-off, node lost), so calls go through the region again and reach wherever the shard runs next.
/// Gateway thread only.
/// </summary>
internal sealed class ExecutorTargets
{
    private readonly IActorRef?[][] _regions;
    private readonly IActorRef?[][] _entities;
    private readonly bool _cache;

    /// <param name="regions">Per plan node: its uses_before region (or null), its shards' region, its uses_after region (or null).</param>
    /// <param name="shardCounts">Per plan node: its number of shards.</param>
    /// <param name="cache">Whether answering entities are remembered.</param>
    public ExecutorTargets(IActorRef?[][] regions, int[] shardCounts, bool cache)
    {
        _regions = regions;
        _cache = cache;
        _entities = new IActorRef?[regions.Length][];
        for (var i = 0; i < regions.Length; i++)
        {
            _entities[i] = new IActorRef?[shardCounts[i] + 2];
        }
    }

    /// <summary>Where the call <paramref name="key"/> goes.</summary>
    public IActorRef For(in CallKey key) =>
        _entities[key.Node][Slot(key)] ?? _regions[key.Node][Region(key.Stage)]!;

    /// <summary>Remembers <paramref name="entity"/> as the target of <paramref name="key"/>'s step; true when it was not known (the caller watches it).</summary>
    public bool Learn(in CallKey key, IActorRef entity)
    {
        if (!_cache || key.Stage is CallStage.JoinReduce or CallStage.ShardReduce)
        {
            return false;
        }

        ref var slot = ref _entities[key.Node][Slot(key)];
        if (entity.Equals(slot))
        {
            return false;
        }

        slot = entity;
        return true;
    }

    /// <summary>Forgets <paramref name="entity"/> wherever it is cached.</summary>
    public void Forget(IActorRef entity)
    {
        foreach (var node in _entities)
        {
            for (var i = 0; i < node.Length; i++)
            {
                if (entity.Equals(node[i]))
                {
                    node[i] = null;
                }
            }
        }
    }

    private static int Region(CallStage stage) => stage switch
    {
        CallStage.UsesBefore => 0,
        CallStage.UsesAfter => 2,
        _ => 1,
    };

    /// <summary>The cache slot of a call's target: 0 for uses_before, 1 + shard for a shard, the last for uses_after.</summary>
    private int Slot(in CallKey key) => key.Stage switch
    {
        CallStage.UsesBefore => 0,
        CallStage.UsesAfter => _entities[key.Node].Length - 1,
        _ => key.Shard + 1,
    };
}
