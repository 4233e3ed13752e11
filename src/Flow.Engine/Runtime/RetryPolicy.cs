namespace Flow.Engine.Runtime;

/// <summary>How often a request is retried when the replica running it crashes (default <c>max(3, replicas)</c>).</summary>
internal readonly record struct RetryPolicy(int MaxRetries)
{
    /// <summary>The policy for an executor with <paramref name="replicas"/> replicas; <paramref name="configured"/> overrides the default.</summary>
    public static RetryPolicy For(int replicas, int? configured) => new(configured ?? Math.Max(3, replicas));

    /// <summary>Whether a call already tried <paramref name="attempts"/> times (1 = the first try) may be tried again.</summary>
    public bool MayRetry(int attempts) => attempts <= MaxRetries;
}
