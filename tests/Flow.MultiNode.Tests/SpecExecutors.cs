using System.Collections.Concurrent;
using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.MultiNode.Tests;

/// <summary>Adds a match naming its shard (<c>shard-k</c>) to every document: the reduce of an ALL-polled executor lists the shards that answered, in shard order.</summary>
public sealed class ShardMarker : Executor
{
    [Requests]
    public void Mark(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Matches.Add(new Document { Id = "shard-" + Runtime.ShardId });
        }
    }
}

/// <summary>
/// Appends its runtime name to each document's text; on <c>/hold</c> first waits on the gate of its runtime name
/// (<c>hold/rep-1</c>, see <see cref="Gates"/>), so that a spec can keep requests in flight on a chosen replica.
/// </summary>
public sealed class HoldingTagger : Executor
{
    [Requests("/hold")]
    public async Task Hold(DocumentArray docs)
    {
        Gates.Arrived(Runtime.RuntimeName);
        await Gates.For(Runtime.RuntimeName).Task;
        Tag(docs);
    }

    [Requests]
    public void Tag(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Text += "/" + Runtime.RuntimeName;
        }
    }
}

/// <summary>Gates per replica (runtime name) for <see cref="HoldingTagger"/>: closed until opened; counts the requests that reached each.</summary>
public static class Gates
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Open = new();
    private static readonly ConcurrentDictionary<string, int> Arrivals = new();

    public static TaskCompletionSource For(string replica) =>
        Open.GetOrAdd(replica, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public static void Arrived(string replica) => Arrivals.AddOrUpdate(replica, 1, static (_, n) => n + 1);

    public static int ArrivalsAt(string replica) => Arrivals.TryGetValue(replica, out var n) ? n : 0;

    /// <summary>Opens every gate of <paramref name="replicas"/> (later requests pass at once).</summary>
    public static void OpenAll(params string[] replicas)
    {
        foreach (var replica in replicas)
        {
            For(replica).TrySetResult();
        }
    }

    /// <summary>Forgets every gate and count (each spec starts closed).</summary>
    public static void Reset()
    {
        foreach (var gate in Open.Values)
        {
            gate.TrySetResult();
        }

        Open.Clear();
        Arrivals.Clear();
    }
}
