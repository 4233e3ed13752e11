using Akka.Cluster.Sharding;

namespace Flow.Bench.RawAkka;

/// <summary>
/// Every message goes to entity "0" in shard "0" of its region (a region per stage, one shard each, as a Flow
/// executor with one shard); a <see cref="MatchWork"/> goes to the entity of its shard.
/// </summary>
internal sealed class SingleEntityExtractor : IMessageExtractor
{
    public static SingleEntityExtractor Instance { get; } = new();

    public string? EntityId(object message) => message switch
    {
        ChainHop or SlowWork or ShapeCall => "0",
        MatchWork w => w.ShardId,
        _ => null,
    };

    public object EntityMessage(object message) => message;

    public string? ShardId(object message) => EntityId(message);

    public string ShardId(string entityId, object? messageHint = null) => entityId;
}
