using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Bench.Executors;

/// <summary>
/// Takes 50 ms per request without holding a thread (an executor waiting on I/O or a model server), and counts how
/// many of its instances run a request at the same time (<see cref="MaxConcurrent"/>): proof that replicas overlap.
/// </summary>
public sealed class SlowExecutor : Executor
{
    private static int _running;
    private static int _maxConcurrent;

    /// <summary>The most requests that ran at once since <see cref="ResetConcurrency"/>.</summary>
    public static int MaxConcurrent => Volatile.Read(ref _maxConcurrent);

    public static void ResetConcurrency() => Volatile.Write(ref _maxConcurrent, 0);

    [Requests]
    public async Task HandleAsync(DocumentArray docs)
    {
        var now = Interlocked.Increment(ref _running);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxConcurrent)) && Interlocked.CompareExchange(ref _maxConcurrent, now, seen) != seen)
        {
        }

        try
        {
            await Task.Delay(50);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}
