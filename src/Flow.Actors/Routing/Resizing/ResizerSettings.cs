namespace Flow.Actors.Routing;

/// <summary>The settings of a <see cref="DefaultResizer"/>, with Akka's defaults and names (<c>resizer { lower-bound = 1 ... }</c>).</summary>
public sealed record ResizerSettings
{
    /// <summary>The fewest routees the pool keeps (<c>lower-bound</c>, default 1).</summary>
    public int LowerBound { get; init; } = 1;

    /// <summary>The most routees the pool has (<c>upper-bound</c>, default 10).</summary>
    public int UpperBound { get; init; } = 10;

    /// <summary>
    /// When a routee counts as busy (<c>pressure-threshold</c>, default 1): with n at least 1, when at least n messages
    /// wait in its mailbox; with 0, when it is processing or has messages waiting.
    /// </summary>
    public int PressureThreshold { get; init; } = 1;

    /// <summary>Growth when every routee is busy, as a fraction of the current size, rounded up (<c>rampup-rate</c>, default 0.2).</summary>
    public double RampupRate { get; init; } = 0.2;

    /// <summary>Shrink when fewer than this fraction of routees are busy (<c>backoff-threshold</c>, default 0.3; 0 disables).</summary>
    public double BackoffThreshold { get; init; } = 0.3;

    /// <summary>How much to shrink, as a fraction of the current size, rounded down (<c>backoff-rate</c>, default 0.1).</summary>
    public double BackoffRate { get; init; } = 0.1;

    /// <summary>Resize after every this many routed messages (<c>messages-per-resize</c>, default 10).</summary>
    public int MessagesPerResize { get; init; } = 10;
}
