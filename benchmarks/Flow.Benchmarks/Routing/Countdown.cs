namespace Flow.Benchmarks.Routing;

/// <summary>Counts deliveries down to zero and wakes the benchmark thread; reused across invocations (no allocation).</summary>
internal sealed class Countdown
{
    private readonly ManualResetEventSlim _done = new(false);
    private int _remaining;

    public void Reset(int deliveries)
    {
        _done.Reset();
        Volatile.Write(ref _remaining, deliveries);
    }

    public void Signal()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _done.Set();
        }
    }

    public void Wait()
    {
        if (!_done.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException($"Routing benchmark: {Volatile.Read(ref _remaining)} deliveries missing after 30 s.");
        }
    }
}
