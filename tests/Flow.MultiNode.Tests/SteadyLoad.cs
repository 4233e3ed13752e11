using System.Collections.Concurrent;
using Flow.Actors.Client;
using Flow.Core.Documents;
using Flow.Core.Requests;

namespace Flow.MultiNode.Tests;

/// <summary>
/// A steady load on a Flow: <c>concurrency</c> loops each post one-document requests one after the other (at most one
/// every 20 ms), until
/// stopped or <c>max</c> requests were sent. Every response is checked by <c>expect</c> (its documents for the
/// request's document id); each request has a time limit, so nothing hangs. Counts sent and succeeded, and keeps
/// the failures' descriptions.
/// </summary>
internal sealed class SteadyLoad
{
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly CancellationTokenSource _stop = new();
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(20);
    private readonly Task[] _loops;
    private int _sent;
    private int _succeeded;

    private SteadyLoad(FlowClient client, string endpoint, int concurrency, int max, TimeSpan timeout, Func<string, DocumentArray, string?> expect)
    {
        _loops = new Task[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            _loops[i] = Task.Run(() => LoopAsync(client, endpoint, max, timeout, expect));
        }
    }

    public int Sent => Volatile.Read(ref _sent);

    public int Succeeded => Volatile.Read(ref _succeeded);

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Starts the load; <paramref name="expect"/> returns null when the documents are right for the id, else what is wrong.</summary>
    public static SteadyLoad Start(FlowClient client, string endpoint, Func<string, DocumentArray, string?> expect, int concurrency = 2, int max = 20000, TimeSpan? timeout = null) =>
        new(client, endpoint, concurrency, max, timeout ?? TimeSpan.FromSeconds(45), expect);

    /// <summary>Completes once <paramref name="count"/> more requests have succeeded (60 s at most), so that a step runs under load.</summary>
    public async Task AwaitProgressAsync(int count)
    {
        var target = Succeeded + count;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (Succeeded < target)
        {
            if (DateTime.UtcNow > deadline || _loops.All(l => l.IsCompleted))
            {
                throw new TimeoutException($"The load made no progress: {Succeeded} of {Sent} succeeded; failures: {string.Join(" | ", _failures)}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Stops sending and waits for every response still due.</summary>
    public async Task StopAsync()
    {
        _stop.Cancel();
        await Task.WhenAll(_loops).WaitAsync(TimeSpan.FromSeconds(60));
    }

    private async Task LoopAsync(FlowClient client, string endpoint, int max, TimeSpan timeout, Func<string, DocumentArray, string?> expect)
    {
        // A steady rate, not a flood: the nodes' failure detectors share the machine's cores with the load.
        using var pace = new PeriodicTimer(Pace);
        while (!_stop.IsCancellationRequested && await pace.WaitForNextTickAsync())
        {
            var n = Interlocked.Increment(ref _sent);
            if (n > max)
            {
                Interlocked.Decrement(ref _sent);
                return;
            }

            var id = "r" + n;
            try
            {
                var response = await client.SendAsync(new FlowRequest(endpoint, [new Document { Id = id, Text = id }]) { Timeout = timeout });
                var wrong = response.Error is { } error ? error.Description : expect(id, response.Docs);
                if (wrong is null)
                {
                    Interlocked.Increment(ref _succeeded);
                }
                else
                {
                    _failures.Enqueue(id + ": " + wrong);
                }
            }
            catch (Exception e)
            {
                _failures.Enqueue(id + ": " + e.GetType().Name + ": " + e.Message);
            }
        }
    }
}
