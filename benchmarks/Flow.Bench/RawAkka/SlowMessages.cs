namespace Flow.Bench.RawAkka;

/// <summary>A request to the raw-Akka replica pool: a worker takes 50 ms over it, then answers <see cref="SlowDone"/>.</summary>
internal sealed record SlowWork
{
    public static SlowWork Instance { get; } = new();
}

/// <summary>A worker's answer.</summary>
internal sealed record SlowDone
{
    public static SlowDone Instance { get; } = new();
}
