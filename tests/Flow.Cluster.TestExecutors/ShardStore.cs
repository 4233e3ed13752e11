using System.Globalization;
using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Cluster.TestExecutors;

/// <summary>
/// One shard of a store whose state lives in its workspace (<c>&lt;workspace&gt;/store/&lt;shard&gt;/rows.txt</c>):
/// <c>/put</c> appends each document's text there (flushed before it answers), and the constructor reloads the file, so a
/// shard restarted on another node of the same machine holds what it held. <c>/ping</c> adds to every document one match
/// per shard that names where and as what the shard runs: its shard, node (<c>FLOW_HOSTNAME</c>), process, the rows it
/// holds and how many it reloaded when it started. <c>/slow</c> takes half a second, <c>/fail</c> throws. Polling: <c>/put</c> ANY, the rest ALL.
/// </summary>
public sealed class ShardStore : Executor
{
    /// <summary>The shard's file name in its workspace.</summary>
    public const string FileName = "rows.txt";

    private readonly string _file;
    private readonly List<string> _rows = [];

    /// <summary>Creates the shard, reloading its workspace's rows.</summary>
    public ShardStore()
    {
        _file = Path.Combine(Workspace, FileName);
        if (File.Exists(_file))
        {
            _rows.AddRange(File.ReadAllLines(_file));
        }

        Reloaded = _rows.Count;
    }

    /// <summary>How many rows the shard reloaded from its workspace when it started.</summary>
    public int Reloaded { get; }

    /// <summary>Stores every document's text (one line each).</summary>
    /// <param name="docs">The documents.</param>
    [Requests("/put")]
    public void Put(DocumentArray docs)
    {
        var lines = new List<string>();
        foreach (var doc in docs)
        {
            lines.Add((doc.Text ?? string.Empty).ReplaceLineEndings(" "));
        }

        File.AppendAllLines(_file, lines);
        _rows.AddRange(lines);
    }

    /// <summary>Adds this shard's description to every document as a match.</summary>
    /// <param name="docs">The documents.</param>
    [Requests("/ping")]
    public void Ping(DocumentArray docs)
    {
        var shard = Runtime.ShardId;
        foreach (var doc in docs)
        {
            var match = new Document { Id = doc.Id + "-shard-" + shard.ToString(CultureInfo.InvariantCulture) };
            match.Tags["shard"] = shard;
            match.Tags["node"] = Environment.GetEnvironmentVariable("FLOW_HOSTNAME") ?? "?";
            match.Tags["pid"] = Environment.ProcessId;
            match.Tags["rows"] = _rows.Count;
            match.Tags["reloaded"] = Reloaded;
            doc.Matches.Add(match);
        }
    }

    /// <summary>Answers after half a second (a request in flight while a node stops).</summary>
    /// <param name="cancellationToken">Cancelled when the request is.</param>
    /// <returns>When done.</returns>
    [Requests("/slow")]
    public Task SlowAsync(CancellationToken cancellationToken) => Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);

    /// <summary>Fails the request.</summary>
    /// <exception cref="InvalidOperationException">Always.</exception>
    [Requests("/fail")]
    public void Fail() => throw new InvalidOperationException($"shard {Runtime.ShardId} was asked to fail");
}
