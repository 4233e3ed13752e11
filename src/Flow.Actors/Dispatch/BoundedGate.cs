namespace Flow.Actors.Dispatch;

/// <summary>
/// Counts the user messages waiting in a bounded mailbox. <see cref="TryEnter"/> reserves a slot before the
/// message is enqueued; <see cref="Exit"/> frees it when the message is dequeued.
/// </summary>
internal sealed class BoundedGate(MailboxSettings settings)
{
    private readonly int _capacity = settings.Capacity;
    private readonly bool _backPressure = settings.Overflow == OverflowStrategy.BackPressure;
    private readonly TimeSpan _pushTimeout = settings.PushTimeout;
    private readonly object _lock = new();
    private int _count;
    private int _waiters;

    public int Capacity => _capacity;

    public TimeSpan PushTimeout => _pushTimeout;

    /// <summary>Reserves a slot; with back-pressure waits up to the push timeout. False: the mailbox is full.</summary>
    public bool TryEnter()
    {
        if (TryReserve())
        {
            return true;
        }

        if (!_backPressure)
        {
            return false;
        }

        var deadline = Environment.TickCount64 + (long)_pushTimeout.TotalMilliseconds;
        lock (_lock)
        {
            // A full fence: the slot check below must not be read before the waiter count is visible to Exit.
            Interlocked.Increment(ref _waiters);
            try
            {
                while (!TryReserve())
                {
                    var left = deadline - Environment.TickCount64;
                    if (left <= 0)
                    {
                        return false;
                    }

                    Monitor.Wait(_lock, (int)Math.Min(left, int.MaxValue));
                }

                return true;
            }
            finally
            {
                Interlocked.Decrement(ref _waiters);
            }
        }
    }

    /// <summary>Frees one slot and wakes a waiting sender, if any.</summary>
    public void Exit()
    {
        Interlocked.Decrement(ref _count);
        if (Volatile.Read(ref _waiters) != 0)
        {
            lock (_lock)
            {
                Monitor.Pulse(_lock);
            }
        }
    }

    private bool TryReserve()
    {
        var current = Volatile.Read(ref _count);
        while (current < _capacity)
        {
            var seen = Interlocked.CompareExchange(ref _count, current + 1, current);
            if (seen == current)
            {
                return true;
            }

            current = seen;
        }

        return false;
    }
}
