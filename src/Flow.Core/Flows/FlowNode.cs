using Flow.Core.Flows.Conditions;

namespace Flow.Core.Flows;

/// <summary>One executor in the validated DAG, with its edges (see <see cref="FlowTopology"/>).</summary>
public sealed class FlowNode
{
    private readonly List<FlowNode> _successors = [];
    private readonly List<FlowNode> _predecessorNodes = [];

    internal FlowNode(ExecutorDefinition definition, int index, DocumentFilter? filter)
    {
        Definition = definition;
        Index = index;
        Filter = filter;
    }

    /// <summary>The executor's definition.</summary>
    public ExecutorDefinition Definition { get; }

    /// <summary>The executor's name.</summary>
    public string Name => Definition.Name;

    /// <summary>Position in definition order.</summary>
    public int Index { get; }

    /// <summary>Predecessor names in the order <c>needs</c> lists them (may include <c>gateway</c>): the reduce order at a join.</summary>
    public IReadOnlyList<string> Predecessors => Definition.Needs;

    /// <summary>Predecessor executors in <c>needs</c> order (without <c>gateway</c>).</summary>
    public IReadOnlyList<FlowNode> PredecessorNodes => _predecessorNodes;

    /// <summary>The executors that need this one, in definition order.</summary>
    public IReadOnlyList<FlowNode> Successors => _successors;

    /// <summary>True when the gateway is among the predecessors (the request enters here).</summary>
    public bool NeedsGateway { get; internal set; }

    /// <summary>True when the executor has two or more predecessors: its inputs meet and are reduced (or concatenated with <c>no_reduce</c>).</summary>
    public bool IsJoin => Definition.Needs.Count > 1;

    /// <summary>True for the terminal node: the last-added non-floating executor, whose result is the response.</summary>
    public bool IsTerminal { get; internal set; }

    /// <summary>True when the node's result can reach the terminal (the response waits for it).</summary>
    public bool OnResponsePath { get; internal set; }

    /// <summary>True when declared floating.</summary>
    public bool IsFloating => Definition.Floating;

    /// <summary>True for a non-floating executor that is not the terminal and that nothing needs ("orphan"): it runs but does not delay or change the response.</summary>
    public bool IsOrphan => !IsFloating && !IsTerminal && _successors.Count == 0;

    /// <summary>The compiled <c>when</c> condition, or null when every document passes.</summary>
    public DocumentFilter? Filter { get; }

    internal void AddSuccessor(FlowNode node) => _successors.Add(node);

    internal void AddPredecessor(FlowNode node) => _predecessorNodes.Add(node);

    /// <inheritdoc />
    public override string ToString() => Name;
}
