using Akka.Actor;

namespace Flow.Actors.Executors;

/// <summary>
/// What every shard entity of one executor needs (created on each node by its region from the Flow definition,
/// never sent over the wire): the replicas to create, the retry budget, and where the replicas may run.
/// </summary>
/// <param name="Replica">The replica spec, with shard 0 (each entity sets its own shard).</param>
/// <param name="Retries">Retries of a crashed replica's request; null or negative: <c>max(3, replicas)</c>.</param>
/// <param name="MaxReplicasPerNode">At most this many replicas of one shard on one node (0: no limit).</param>
/// <param name="Role">The cluster role of the nodes that run the replicas, or null for every node.</param>
/// <param name="Supervisor">How the pool supervises its replicas.</param>
internal sealed record EntitySpec(ReplicaSpec Replica, int? Retries, int MaxReplicasPerNode, string? Role, SupervisorStrategy Supervisor) : INoSerializationVerificationNeeded
{
    /// <summary>The executor's name in the Flow.</summary>
    public string Executor => Replica.Executor;

    /// <summary>Replicas per shard.</summary>
    public int Replicas => Replica.Replicas;
}
