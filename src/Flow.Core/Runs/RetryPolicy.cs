namespace Flow.Core.Runs;

/// <summary>How often a request is retried on another replica when the one running it crashes (Jina's default: <c>max(3, replicas)</c>).</summary>
internal readonly record struct RetryPolicy(int MaxRetries)
{
    /// <summary>The policy for an executor with <paramref name="replicas"/> replicas; a configured count of 0 or more overrides the default, a negative one (Jina's <c>-1</c>) or none means the default.</summary>
    public static RetryPolicy For(int replicas, int? configured) =>
        new(configured is >= 0 and var n ? n : Math.Max(3, replicas));

    /// <summary>Whether a call already tried <paramref name="attempts"/> times (1 = the first try) may be tried again.</summary>
    public bool MayRetry(int attempts) => attempts <= MaxRetries;
}
