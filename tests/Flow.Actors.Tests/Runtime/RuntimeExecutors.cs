using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Runs;

namespace Flow.Actors.Tests.Runtime;

/// <summary>Appends "/&lt;name&gt;" to every document's text (shows the path a document took).</summary>
public sealed class Appender : Executor
{
    [Requests]
    public void Append(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Text += "/" + Runtime.Name;
        }
    }
}

/// <summary>Sets tag "by" to its runtime name and tag "shard" to its shard id.</summary>
public sealed class ShardTagger : Executor
{
    [Requests]
    public void Tag(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Tags["by_" + Runtime.Name] = Runtime.ShardId;
        }
    }
}

/// <summary>Adds <c>matches</c> matches per document, ids "&lt;doc&gt;-s&lt;shard&gt;-m&lt;i&gt;".</summary>
public sealed class Matcher(int matches = 2) : Executor
{
    [Requests("/search")]
    public void Search(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            for (var i = 0; i < matches; i++)
            {
                d.Matches.Add(new Document { Id = $"{d.Id}-s{Runtime.ShardId}-m{i}", Text = $"shard {Runtime.ShardId}" });
            }
        }
    }
}

/// <summary>Fails on /fail with InvalidOperationException("boom"); appends its name otherwise.</summary>
public sealed class Failing : Executor
{
    [Requests("/fail")]
    public void Fail(DocumentArray docs)
    {
        docs[0].Text = "edited before failing";
        throw new InvalidOperationException("boom");
    }

    [Requests]
    public void Other(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Text += "/" + Runtime.Name;
        }
    }
}

/// <summary>Returns a dictionary result and edits its own parameters (which must not travel).</summary>
public sealed class Reporter : Executor
{
    [Requests]
    public Dictionary<string, object> Report(DocumentArray docs, JsonObject parameters)
    {
        var seen = parameters.ToJsonString();
        parameters["injected"] = "by " + Runtime.Name;
        foreach (var d in docs)
        {
            d.Tags["seen_by_" + Runtime.Name] = seen;
        }

        return new() { ["count"] = docs.Count };
    }
}

/// <summary>Records the parameters it sees in tag "params_&lt;name&gt;".</summary>
public sealed class ParamsSpy : Executor
{
    [Requests]
    public void Spy(DocumentArray docs, JsonObject parameters)
    {
        foreach (var d in docs)
        {
            d.Tags["params_" + Runtime.Name] = parameters.ToJsonString();
        }
    }
}

/// <summary>Concatenates the docs matrix: records the part sizes in each document's tag "parts".</summary>
public sealed class MatrixSpy : Executor
{
    [Requests]
    public DocumentArray Spy(IReadOnlyList<DocumentArray> docsMatrix)
    {
        var sizes = string.Join(",", docsMatrix.Select(p => p.Count));
        var result = new DocumentArray();
        foreach (var part in docsMatrix)
        {
            foreach (var d in part)
            {
                d.Tags["parts"] = sizes;
                result.Add(d);
            }
        }

        return result;
    }
}

/// <summary>Shared counters and gates for the executors below, keyed by test.</summary>
public static class Signals
{
    public static ConcurrentDictionary<string, int> Counters { get; } = new();

    public static ConcurrentDictionary<string, TaskCompletionSource> Gates { get; } = new();

    public static int Increment(string key) => Counters.AddOrUpdate(key, 1, static (_, v) => v + 1);

    public static int Get(string key) => Counters.TryGetValue(key, out var v) ? v : 0;

    public static TaskCompletionSource Gate(string key) =>
        Gates.GetOrAdd(key, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

/// <summary>Counts closes under "close:&lt;key&gt;" and constructions under "ctor:&lt;key&gt;".</summary>
public sealed class Closing : Executor
{
    private readonly string _key;

    public Closing(string key)
    {
        _key = key;
        Signals.Increment("ctor:" + key);
    }

    [Requests]
    public void Touch(DocumentArray docs)
    {
    }

    protected override void Close() => Signals.Increment("close:" + _key);
}

/// <summary>Throws in its constructor.</summary>
public sealed class ThrowingCtor : Executor
{
    public ThrowingCtor() => throw new InvalidOperationException("cannot start");
}

/// <summary>Waits on gate "&lt;key&gt;" on /wait; counts concurrent calls (max under "max:&lt;key&gt;").</summary>
public sealed class Gated(string key) : Executor
{
    private static readonly ConcurrentDictionary<string, int> Current = new();

    [Requests("/wait")]
    public async Task Wait(DocumentArray docs)
    {
        var now = Current.AddOrUpdate(key, 1, static (_, v) => v + 1);
        Signals.Counters.AddOrUpdate("max:" + key, now, (_, v) => Math.Max(v, now));
        Signals.Increment("started:" + key);
        await Signals.Gate(key).Task;
        Current.AddOrUpdate(key, 0, static (_, v) => v - 1);
        foreach (var d in docs)
        {
            d.Text += "/" + Runtime.RuntimeName;
        }
    }

    [Requests]
    public void Other(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Text += "/" + Runtime.Name;
        }
    }
}

/// <summary>Crashes (ExecutorCrashException) while counter "crashes:&lt;key&gt;" is below <c>crashes</c>; then appends its runtime name.</summary>
public sealed class Crashing(string key, int crashes) : Executor
{
    [Requests]
    public void Run(DocumentArray docs)
    {
        Signals.Increment("calls:" + key + ":" + Runtime.ReplicaId);
        if (Signals.Increment("crashes:" + key) <= crashes)
        {
            throw new ExecutorCrashException("replica lost");
        }

        foreach (var d in docs)
        {
            d.Text += "/" + Runtime.RuntimeName;
        }
    }
}

/// <summary>Adds one match whose id is its executor name (shows the reduce order at joins).</summary>
public sealed class NameMatcher : Executor
{
    [Requests]
    public void Add(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Matches.Add(new Document { Id = Runtime.Name });
        }
    }
}

/// <summary>Records its workspace path in tag "workspace".</summary>
public sealed class WorkspaceSpy : Executor
{
    [Requests]
    public void Spy(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Tags["workspace"] = Workspace;
        }
    }
}

/// <summary>Counts calls under "calls:&lt;key&gt;" and the documents under "docs:&lt;key&gt;"; fails on a document whose text is "bad".</summary>
public sealed class Counting(string key) : Executor
{
    [Requests]
    public void Count(DocumentArray docs)
    {
        Signals.Increment("calls:" + key);
        foreach (var d in docs)
        {
            Signals.Increment("docs:" + key);
            if (d.Text == "bad")
            {
                throw new ArgumentException("bad document " + d.Id);
            }
        }
    }
}

/// <summary>Async handler that crashes after an await while "crashes:&lt;key&gt;" is below <c>crashes</c>.</summary>
public sealed class AsyncCrashing(string key, int crashes) : Executor
{
    [Requests]
    public async Task RunAsync(DocumentArray docs)
    {
        await Task.Yield();
        if (Signals.Increment("crashes:" + key) <= crashes)
        {
            throw new ExecutorCrashException("lost after await");
        }

        foreach (var d in docs)
        {
            d.Text += "/" + Runtime.RuntimeName;
        }
    }
}

/// <summary>Replica 0 crashes on its first call and cannot be constructed again (it stays down); appends its runtime name.</summary>
public sealed class DiesOnce : Executor
{
    private readonly string _key;

    public DiesOnce(string key)
    {
        _key = key;
        if (Runtime.ReplicaId == 0 && Signals.Increment("ctor0:" + key) > 1)
        {
            throw new InvalidOperationException("replica 0 cannot come back");
        }
    }

    [Requests]
    public void Run(DocumentArray docs)
    {
        if (Runtime.ReplicaId == 0)
        {
            throw new ExecutorCrashException("replica 0 dies");
        }

        foreach (var d in docs)
        {
            d.Text += "/" + Runtime.RuntimeName;
        }
    }
}

/// <summary>Binds <c>/index</c> to <see cref="MarkEncoded"/>; Flows rebind it with <c>uses_requests</c>.</summary>
public sealed class RenamingExecutor : Executor
{
    [Requests("/index")]
    public void MarkEncoded(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Text += " encoded";
        }
    }
}
