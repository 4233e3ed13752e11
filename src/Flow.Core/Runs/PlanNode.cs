using Flow.Core.Flows;
using Flow.Core.Flows.Conditions;

namespace Flow.Core.Runs;

/// <summary>
/// One executor as the gateway runs it: its edges as indices (successor and the slot this node fills in the
/// successor's <c>needs</c> list), its flags and its shard count. Owned by one gateway (the ANY round-robin
/// position is not thread-safe).
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
        ShardCount = node.Definition.Shards;
        HasUsesBefore = node.Definition.HasUsesBefore;
        HasUsesAfter = node.Definition.HasUsesAfter;
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

    /// <summary>The executor's number of shards.</summary>
    public int ShardCount { get; }

    /// <summary>True when a <c>uses_before</c> executor runs before the shards (not <c>BaseExecutor</c>).</summary>
    public bool HasUsesBefore { get; }

    /// <summary>True when a <c>uses_after</c> executor receives the shards' results (not <c>BaseExecutor</c>).</summary>
    public bool HasUsesAfter { get; }

    public bool OnResponsePath => Node.OnResponsePath;

    public bool IsTerminal => Node.IsTerminal;

    public bool NoReduce => Node.Definition.NoReduce;

    public DocumentFilter? Filter => Node.Filter;

    public PollingSpec Polling => Node.Definition.Polling;

    /// <summary>True when the gateway reduces for this node: a reducing join without <c>uses_before</c>, or shards without <c>uses_after</c>.</summary>
    public bool NeedsAggregator =>
        (PartCount > 1 && !NoReduce && !HasUsesBefore)
        || (ShardCount > 1 && !HasUsesAfter);

    /// <summary>The shard for the next ANY request (round-robin).</summary>
    public int NextShard()
    {
        var s = _nextShard;
        _nextShard = s + 1 == ShardCount ? 0 : s + 1;
        return s;
    }
}
