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

    /// <summary>
    /// Forgets the gates and counts of executor <paramref name="executor"/> (its spec starts closed). Only that executor's:
    /// specs run in parallel, and another spec's gates must stay as that spec set them.
    /// </summary>
    public static void Reset(string executor)
    {
        var prefix = executor + "/";
        foreach (var key in Open.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            if (Open.TryRemove(key, out var gate))
            {
                gate.TrySetResult();
            }
        }

        foreach (var key in Arrivals.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            Arrivals.TryRemove(key, out _);
        }
    }
}

/// <summary>
/// Keeps the ids of the documents indexed into its shard in its workspace (<c>ids.txt</c>), reloaded when an instance
/// starts: with <c>saveOnClose</c> it writes them only when closed, else after every <c>/index</c> request.
/// <c>/list</c> adds a match per id it holds (its id <c>k:id</c>, k its shard).
/// </summary>
public sealed class WorkspaceStore : Executor
{
    private readonly List<string> _ids = [];
    private readonly bool _saveOnClose;

    public WorkspaceStore(bool saveOnClose)
    {
        _saveOnClose = saveOnClose;
        if (File.Exists(FilePath))
        {
            _ids.AddRange(File.ReadAllLines(FilePath));
        }
    }

    private string FilePath => Path.Combine(Workspace, "ids.txt");

    [Requests("/index")]
    public void Index(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            _ids.Add(d.Id);
        }

        if (!_saveOnClose)
        {
            Save();
        }
    }

    [Requests("/list")]
    public void List(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            foreach (var id in _ids)
            {
                d.Matches.Add(new Document { Id = Runtime.ShardId + ":" + id });
            }
        }
    }

    protected override void Close()
    {
        if (_saveOnClose)
        {
            Save();
        }
    }

    private void Save()
    {
        var temp = FilePath + ".tmp";
        File.WriteAllLines(temp, _ids);
        File.Move(temp, FilePath, overwrite: true);
    }
}
