using System.Globalization;
using Akka.Cluster.Sharding;

namespace Flow.Actors.Executors;

/// <summary>
/// Routes an executor's messages to its shard entities: the shard index is both the entity id and the shard id,
/// so that each of an executor's shards is its own unit of placement and rebalancing (a hash-based extractor would
/// put several shard indices in one Akka shard). Knows <see cref="IShardMessage"/>; anything else is not an executor
/// message (null). Akka handles its own <c>StartEntity</c> (remembered entities) before asking the extractor.
/// </summary>
internal sealed class ExecutorShardExtractor : IMessageExtractor
{
    private static readonly string[] Ids = CreateIds(64);

    /// <summary>The one instance (stateless).</summary>
    public static ExecutorShardExtractor Instance { get; } = new();

    /// <summary>The entity (and shard) id of shard <paramref name="shard"/>.</summary>
    public static string IdOf(int shard) =>
        (uint)shard < (uint)Ids.Length ? Ids[shard] : shard.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public string? EntityId(object message) => message switch
    {
        IShardMessage m => IdOf(m.Shard),
        _ => null,
    };

    /// <inheritdoc />
    public object EntityMessage(object message) => message;

    /// <inheritdoc />
    public string? ShardId(object message) => EntityId(message);

    /// <inheritdoc />
    public string ShardId(string entityId, object? messageHint = null) => entityId;

    private static string[] CreateIds(int count)
    {
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return ids;
    }
}
