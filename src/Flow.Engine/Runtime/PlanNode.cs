using Flow.Actors;
using Flow.Core.Flows;
using Flow.Core.Flows.Conditions;

namespace Flow.Engine.Runtime;

/// <summary>
/// One executor as the gateway runs it: its edges as indices (successor and the slot this node fills in the
/// successor's <c>needs</c> list), its flags, and the refs of its shard entities, <c>uses_before</c>,
/// <c>uses_after</c> and aggregator once the Flow is started. Owned by one gateway.
/// </summary>
internal sealed class PlanNode
{
    private int _nextShard;

    public PlanNode(FlowNode node, int[] successors, int[] successorSlots, int gatewaySlot)
    {
        Node = node;
        Name = node.Name;
        Index = node.Index;
        PartCount = node.Predecessors.Count;
        Successors = successors;
        SuccessorSlots = successorSlots;
        GatewaySlot = gatewaySlot;
        Shards = [];
    }

    public FlowNode Node { get; }

    public string Name { get; }

    public int Index { get; }

    /// <summary>How many parts the node waits for (its <c>needs</c> count, gateway included).</summary>
    public int PartCount { get; }

    public int[] Successors { get; }

    /// <summary>For each successor, the position of this node in the successor's <c>needs</c>.</summary>
    public int[] SuccessorSlots { get; }

    /// <summary>The position of <c>gateway</c> in <c>needs</c>, or -1.</summary>
    public int GatewaySlot { get; }

    public bool OnResponsePath => Node.OnResponsePath;

    public bool IsTerminal => Node.IsTerminal;

    public bool NoReduce => Node.Definition.NoReduce;

    public DocumentFilter? Filter => Node.Filter;

    public PollingSpec Polling => Node.Definition.Polling;

    public IActorRef[] Shards { get; set; }

    public IActorRef? UsesBefore { get; set; }

    public IActorRef? UsesAfter { get; set; }

    public IActorRef? Aggregator { get; set; }

    /// <summary>True when the gateway needs an aggregator for this node (a reducing join, or shards without <c>uses_after</c>).</summary>
    public bool NeedsAggregator =>
        (PartCount > 1 && !NoReduce && Node.Definition.UsesBefore is null)
        || (Node.Definition.Shards > 1 && Node.Definition.UsesAfter is null);

    /// <summary>The shard for the next ANY request (round-robin).</summary>
    public int NextShard()
    {
        var s = _nextShard;
        _nextShard = s + 1 == Shards.Length ? 0 : s + 1;
        return s;
    }
}
