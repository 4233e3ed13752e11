namespace Flow.Actors.Hosting;

/// <summary>Whether one executor answered the dry run.</summary>
/// <param name="Name">The executor's name (<c>p1</c>, <c>p1/uses-before</c>).</param>
/// <param name="Shards">Its number of shards.</param>
/// <param name="Replicas">Replicas per shard.</param>
/// <param name="AnsweredReplicas">Replicas (over all shards) whose actor answered the probe.</param>
/// <param name="Ready">True when at least one replica of every shard answered.</param>
public sealed record ExecutorReadiness(string Name, int Shards, int Replicas, int AnsweredReplicas, bool Ready);
