namespace Flow.Engine.Runtime;

/// <summary>Shard → its region: every replica constructed its executor (or the first failure).</summary>
internal sealed record ShardStarted(int Shard, Exception? Failure);

/// <summary>Anyone → shard: ping every live replica; answered by <see cref="ShardProbeResult"/>.</summary>
internal sealed record ProbeShard
{
    public static ProbeShard Instance { get; } = new();
}

/// <summary>The answer to <see cref="ProbeShard"/>: how many replicas answered, of how many.</summary>
internal sealed record ShardProbeResult(int Shard, int Answered, int Replicas);

/// <summary>Anyone → shard: close every replica's executor; answered by <see cref="ShardClosed"/>.</summary>
internal sealed record CloseShard
{
    public static CloseShard Instance { get; } = new();
}

/// <summary>The answer to <see cref="CloseShard"/>; <paramref name="Error"/> is the first close failure.</summary>
internal sealed record ShardClosed(int Shard, Exception? Error);

/// <summary>Host → region: start the shards; answered by <see cref="RegionStarted"/>.</summary>
internal sealed record StartRegion
{
    public static StartRegion Instance { get; } = new();
}

/// <summary>The answer to <see cref="StartRegion"/>: the shard entities in shard order, or the first failure.</summary>
internal sealed record RegionStarted(IReadOnlyList<Flow.Actors.IActorRef> Shards, Exception? Failure);
