namespace Flow.Actors.TestKit;

/// <summary>A timer of a <see cref="ManualTimeProvider"/>.</summary>
internal sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
{
    private TimeSpan _period = Timeout.InfiniteTimeSpan;

    /// <summary>When the timer fires next, in the clock's ticks; null when disarmed. Guarded by the clock.</summary>
    public long? DueTicks { get; private set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        _period = period;
        clock.Arm(this, dueTime);
        return true;
    }

    public void SetDue(long? ticks) => DueTicks = ticks;

    /// <summary>Called by the clock under its lock when the timer fires: arm the next period or disarm.</summary>
    public void Rearm(long now) => DueTicks = _period == Timeout.InfiniteTimeSpan || _period <= TimeSpan.Zero ? null : now + _period.Ticks;

    public void Fire() => callback(state);

    public void Dispose()
    {
        clock.Arm(this, Timeout.InfiniteTimeSpan);
        clock.Remove(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
