namespace Flow.Benchmarks.Actor;

/// <summary>The benchmark message (a shared instance: measuring the runtime, not the message).</summary>
internal sealed class Ping
{
    public static readonly Ping Instance = new();
}
