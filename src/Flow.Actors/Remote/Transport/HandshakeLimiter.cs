namespace Flow.Actors.Remote.Transport;

/// <summary>
/// Caps the inbound connections still in their handshake (each holds a socket and buffers until it completes or
/// times out), and rate-limits the log of refusals so a flood cannot flood the log too. Any thread.
/// </summary>
internal sealed class HandshakeLimiter(int maximum)
{
    private const long LogIntervalMs = 1000;
    private int _pending;
    private long _nextLogAt;
    private int _refusedSinceLog;

    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Claims a slot; false when <c>maximum</c> handshakes are already pending (close the connection).</summary>
    public bool TryEnter()
    {
        if (Interlocked.Increment(ref _pending) <= maximum)
        {
            return true;
        }

        Interlocked.Decrement(ref _pending);
        Interlocked.Increment(ref _refusedSinceLog);
        return false;
    }

    /// <summary>Frees the slot of a handshake that completed, was refused or failed.</summary>
    public void Exit() => Interlocked.Decrement(ref _pending);

    /// <summary>
    /// Whether to log a refusal now (at most one line a second); <paramref name="refused"/> counts the refusals since
    /// the last line, this one included.
    /// </summary>
    public bool ShouldLog(out int refused)
    {
        var now = Environment.TickCount64;
        var next = Interlocked.Read(ref _nextLogAt);
        if (now < next || Interlocked.CompareExchange(ref _nextLogAt, now + LogIntervalMs, next) != next)
        {
            refused = 0;
            return false;
        }

        refused = Interlocked.Exchange(ref _refusedSinceLog, 0);
        return true;
    }
}
