namespace Flow.Core.Runs;

/// <summary>Which step of an executor's pipeline a call belongs to (see <see cref="RequestRun"/>).</summary>
internal enum CallStage : byte
{
    /// <summary>The executor's <c>uses_before</c>.</summary>
    UsesBefore = 0,

    /// <summary>The reduce of the parts at a <c>needs</c> join (aggregator).</summary>
    JoinReduce = 1,

    /// <summary>One shard of the executor.</summary>
    Shard = 2,

    /// <summary>The reduce of the shards' results in shard order (aggregator).</summary>
    ShardReduce = 3,

    /// <summary>The executor's <c>uses_after</c>.</summary>
    UsesAfter = 4,
}
