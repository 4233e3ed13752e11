namespace Flow.Benchmarks.Actor;

/// <summary>A reusable countdown that releases a waiting benchmark thread when it reaches zero.</summary>
internal sealed class CountdownSignal
{
    private readonly ManualResetEventSlim _done = new(false);
    private int _left;

    public void Reset(int count)
    {
        _done.Reset();
        Volatile.Write(ref _left, count);
    }

    public void Signal()
    {
        if (Interlocked.Decrement(ref _left) == 0)
        {
            _done.Set();
        }
    }

    public void Wait() => _done.Wait();
}
