using Flow.Actors.Serialization;
using Flow.Core.Requests;

namespace Flow.Actors.Executors;

/// <summary>A message for one shard entity of an executor: the shard index is its entity id and its shard id.</summary>
internal interface IShardMessage
{
    /// <summary>The shard index.</summary>
    int Shard { get; }
}

/// <summary>Host → shard (through the region): start the replicas; answered by <see cref="ShardStarted"/> once every replica constructed its executor or failed to.</summary>
internal sealed record StartShard(int Shard) : IFlowWireMessage, IShardMessage;

/// <summary>The answer to <see cref="StartShard"/>: how many replicas are up, and the first construction failure.</summary>
internal sealed record ShardStarted(int Shard, int Replicas, int ReplicasUp, FlowError? Failure) : IFlowWireMessage;

/// <summary>Anyone → shard (through the region): ping every live replica; answered by <see cref="ShardProbeResult"/>.</summary>
internal sealed record ProbeShard(int Shard) : IFlowWireMessage, IShardMessage;

/// <summary>The answer to <see cref="ProbeShard"/> (its sender is the shard entity): how many replicas answered, of how many, and on which nodes they run.</summary>
/// <param name="Executor">The executor's name (<c>enc</c>, <c>enc/uses-after</c>).</param>
/// <param name="Shard">The shard.</param>
/// <param name="Node">The address of the node the shard entity runs on.</param>
/// <param name="Answered">Replicas that answered the ping.</param>
/// <param name="Replicas">Replicas per shard.</param>
/// <param name="ReplicaNodes">The address of each replica that answered, in replica order.</param>
internal sealed record ShardProbeResult(string Executor, int Shard, string Node, int Answered, int Replicas, IReadOnlyList<string> ReplicaNodes) : IFlowWireMessage;

/// <summary>Host → shard (through the region): close every replica's executor; answered by <see cref="ShardClosed"/>.</summary>
internal sealed record CloseShard(int Shard) : IFlowWireMessage, IShardMessage;

/// <summary>The answer to <see cref="CloseShard"/>; <paramref name="Error"/> is the first close failure.</summary>
internal sealed record ShardClosed(int Shard, FlowError? Error) : IFlowWireMessage;

/// <summary>The region → shard entity stop message (hand-off or region shutdown): finish the work in flight, then stop.</summary>
internal sealed record StopShard : IFlowWireMessage
{
    public static StopShard Instance { get; } = new();
}
