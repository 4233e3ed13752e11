using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Core.Runs;

/// <summary>The state of one executor within one request run.</summary>
internal sealed class NodeRun(int parts)
{
    public DocumentArray?[] Parts { get; } = new DocumentArray?[parts];

    public JsonObject?[] PartParameters { get; } = new JsonObject?[parts];

    public int Received { get; set; }

    public bool Skipped { get; set; }

    public NodeStatus Status { get; set; }

    /// <summary>When the executor started on the request (its route entry's start time).</summary>
    public DateTimeOffset Started { get; set; }

    /// <summary>The step being waited for.</summary>
    public CallStage Stage { get; set; }

    /// <summary>How many calls of <see cref="Stage"/> have not answered.</summary>
    public int Outstanding { get; set; }

    /// <summary>The shard of the last call (the one shard of an ANY call).</summary>
    public int CalledShard { get; set; }

    /// <summary>With ALL polling: which shards have not answered yet.</summary>
    public bool[]? ShardWaiting { get; set; }

    /// <summary>The input of the outstanding single call (kept to send it again if its target is lost).</summary>
    public ExecutorInput? Input { get; set; }

    /// <summary>With ALL polling: the input of each outstanding shard call.</summary>
    public ExecutorInput?[]? ShardInputs { get; set; }

    /// <summary>With ALL polling: each shard's result, in shard order.</summary>
    public DocumentArray?[]? ShardDocs { get; set; }

    public JsonObject?[]? ShardParameters { get; set; }
}
