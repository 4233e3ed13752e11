namespace Flow.Actors.TestKit;

/// <summary>The deadline of the innermost <c>Within</c> block in this async flow, if any.</summary>
internal static class Within
{
    private static readonly AsyncLocal<DateTime?> s_deadline = new();

    public static DateTime? Deadline
    {
        get => s_deadline.Value;
        set => s_deadline.Value = value;
    }

    /// <summary>The timeout to use: the given one, else what is left of the Within block, else the default.</summary>
    public static TimeSpan Remaining(TimeSpan? given)
    {
        if (given is { } g)
        {
            return g;
        }

        if (Deadline is { } deadline)
        {
            var left = deadline - DateTime.UtcNow;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }

        return TestKitSettings.DefaultTimeout;
    }
}
