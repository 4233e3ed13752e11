namespace Flow.Actors.Supervision;

/// <summary>The delay before restart number <c>n</c> (0-based): min × 2ⁿ, capped at max, times (1 + random × factor).</summary>
internal static class BackoffDelay
{
    public static TimeSpan Compute(int restartCount, TimeSpan min, TimeSpan max, double randomFactor, double random01)
    {
        var exponent = Math.Min(restartCount, 30);
        var raw = Math.Min(max.Ticks, min.Ticks * Math.Pow(2, exponent));
        var jittered = raw * (1.0 + (random01 * randomFactor));
        return TimeSpan.FromTicks((long)Math.Min(jittered, TimeSpan.MaxValue.Ticks));
    }
}
