namespace Flow.Core.Flows;

/// <summary>How a request reaches the shards of an executor (Jina's polling).</summary>
public enum PollingMode
{
    /// <summary>One shard receives the request (round-robin).</summary>
    Any = 0,

    /// <summary>Every shard receives the request; the results are reduced in shard order.</summary>
    All = 1,
}
