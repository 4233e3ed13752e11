using Flow.Actors;

namespace Flow.Engine.Runtime;

/// <summary>The shard entities on other nodes that terminated, with why (node lost or entity stopped). Gateway thread only.</summary>
internal sealed class LostShards
{
    private readonly Dictionary<IActorRef, string> _reasons = [];

    public void Add(IActorRef shard, string reason) => _reasons[shard] = reason;

    public bool TryGetReason(IActorRef shard, out string reason)
    {
        if (_reasons.Count == 0)
        {
            reason = string.Empty;
            return false;
        }

        return _reasons.TryGetValue(shard, out reason!);
    }
}
