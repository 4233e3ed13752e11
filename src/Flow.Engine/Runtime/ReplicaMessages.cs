using Flow.Core.Executors;

namespace Flow.Engine.Runtime;

/// <summary>Shard → replica: one unit of work (a <see cref="ShardCall"/> and how often it was tried).</summary>
internal sealed class ReplicaWork(ShardCall call, long id)
{
    public ShardCall Call { get; } = call;

    public long Id { get; } = id;

    public int Attempts { get; set; }

    public int LastReplica { get; set; } = -1;
}

/// <summary>Replica → shard: <paramref name="Work"/> is done; the shard forwards <paramref name="Result"/>.</summary>
internal sealed record ReplicaDone(int Replica, ReplicaWork Work, CallResult Result);

/// <summary>Replica → shard: the replica crashed while running <paramref name="Work"/> and is being restarted.</summary>
internal sealed record ReplicaCrashed(int Replica, ReplicaWork Work, Exception Cause);

/// <summary>Replica → shard: its executor instance was constructed (at start or after a restart).</summary>
internal sealed record ReplicaStarted(int Replica);

/// <summary>Replica → shard: constructing its executor failed; the replica stops.</summary>
internal sealed record ReplicaStartFailed(int Replica, Exception Cause);

/// <summary>Shard → replica: answer <see cref="ReplicaPong"/> (readiness: the replica's mailbox is reached).</summary>
internal sealed record ReplicaPing(int Replica)
{
}

/// <summary>Replica → shard: the answer to <see cref="ReplicaPing"/>.</summary>
internal sealed record ReplicaPong(int Replica);

/// <summary>Shard → replica: close the executor; answered by <see cref="ReplicaClosed"/>.</summary>
internal sealed record CloseReplica
{
    public static CloseReplica Instance { get; } = new();
}

/// <summary>Replica → shard: its executor is closed.</summary>
internal sealed record ReplicaClosed(int Replica, Exception? Error);

/// <summary>How a replica builds its executor instance (called on the replica's thread, again after each restart).</summary>
internal delegate ExecutorInstance ExecutorFactory(int replica);
