using System.Text.Json.Nodes;
using Flow.Core.Documents;

namespace Flow.Engine.Runtime;

/// <summary>The state of one executor within one request run.</summary>
internal sealed class NodeRun(int parts)
{
    public DocumentArray?[] Parts { get; } = new DocumentArray?[parts];

    public JsonObject?[] PartParameters { get; } = new JsonObject?[parts];

    public int Received { get; set; }

    public bool Skipped { get; set; }

    public NodeStatus Status { get; set; }

    public DocumentArray[]? ShardDocs { get; set; }

    public JsonObject?[]? ShardParameters { get; set; }

    public int ShardsPending { get; set; }

    /// <summary>The stage being waited for (for a timeout message).</summary>
    public CallStage Stage { get; set; }

    /// <summary>The shard of the last call (the one shard of an ANY call).</summary>
    public int CalledShard { get; set; }
}
