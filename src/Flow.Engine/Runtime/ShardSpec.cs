using Flow.Actors.Supervision;

namespace Flow.Engine.Runtime;

/// <summary>What a shard entity needs: its executor's name, shard id, replica count, factory, retries and supervisor.</summary>
internal sealed record ShardSpec(string ExecutorName, int ShardId, int Replicas, ExecutorFactory Factory, int? Retries, SupervisorStrategy Supervisor);
