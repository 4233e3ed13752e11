using Flow.Actors.Serialization;
using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Requests;

namespace Flow.Actors.Executors;

/// <summary>Shard entity → replica (through the replica pool): run <paramref name="Input"/>; answered by <see cref="ReplicaDone"/> (or <see cref="ReplicaCrashed"/>, <see cref="ReplicaBounced"/>).</summary>
/// <param name="WorkId">The entity's id of this unit of work.</param>
/// <param name="Input">What to run.</param>
/// <param name="Avoid">The replica a retry comes from (skipped when another is up), or -1.</param>
internal sealed record ReplicaWork(long WorkId, ExecutorInput Input, int Avoid) : IFlowWireMessage;

/// <summary>Replica → entity: the work is done (<paramref name="Error"/> is an executor error, which is an answer, not a crash).</summary>
internal sealed record ReplicaDone(int Replica, long WorkId, DocumentArray Docs, JsonObject Parameters, FlowError? Error) : IFlowWireMessage;

/// <summary>Replica → entity: the replica crashed running <paramref name="WorkId"/> and is being restarted by supervision.</summary>
internal sealed record ReplicaCrashed(int Replica, long WorkId, FlowError Cause) : IFlowWireMessage;

/// <summary>Replica → entity: the replica cannot run work (its executor failed to construct); the work goes back to be tried elsewhere.</summary>
internal sealed record ReplicaBounced(int Replica, long WorkId, FlowError Cause) : IFlowWireMessage;

/// <summary>Replica → entity, on every (re)start: which replica am I? Answered by <see cref="ReplicaAssigned"/>.</summary>
internal sealed record ReplicaJoin : IFlowWireMessage
{
    public static ReplicaJoin Instance { get; } = new();
}

/// <summary>Entity → replica: its replica index (the same after a restart).</summary>
internal sealed record ReplicaAssigned(int Replica) : IFlowWireMessage;

/// <summary>Replica → entity: its executor instance is constructed.</summary>
internal sealed record ReplicaUp(int Replica) : IFlowWireMessage;

/// <summary>Replica → entity: constructing its executor failed; the replica stays, bouncing work, until restarted.</summary>
internal sealed record ReplicaBroken(int Replica, FlowError Cause) : IFlowWireMessage;

/// <summary>Entity → replica: answer <see cref="ReplicaPong"/> (readiness: the replica's mailbox is reached).</summary>
internal sealed record ReplicaPing(int Replica) : IFlowWireMessage;

/// <summary>Replica → entity: the answer to <see cref="ReplicaPing"/>.</summary>
internal sealed record ReplicaPong(int Replica) : IFlowWireMessage;

/// <summary>Entity → replica: close the executor (after the work queued before); answered by <see cref="ReplicaClosed"/>.</summary>
internal sealed record CloseReplica : IFlowWireMessage
{
    public static CloseReplica Instance { get; } = new();
}

/// <summary>Replica → entity: its executor is closed.</summary>
internal sealed record ReplicaClosed(int Replica, FlowError? Error) : IFlowWireMessage;
