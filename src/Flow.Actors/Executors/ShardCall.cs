using Flow.Actors.Serialization;
using Flow.Core.Executors;
using Flow.Core.Runs;

namespace Flow.Actors.Executors;

/// <summary>
/// Gateway → shard entity (through the executor's region, or straight to the entity once known): run
/// <paramref name="Input"/> on one replica. The entity answers the sender with a <see cref="CallResult"/> for
/// <paramref name="Key"/>.
/// </summary>
/// <param name="Key">Which call of which request run (its shard is the entity's).</param>
/// <param name="Input">The documents, endpoint and (immutable, shared) parameters.</param>
internal sealed record ShardCall(CallKey Key, ExecutorInput Input) : IFlowWireMessage, IShardMessage
{
    /// <inheritdoc />
    public int Shard => Key.Shard;
}
