namespace Flow.Core.Flows;

/// <summary>
/// The validated DAG of a Flow: nodes in definition order with their predecessors (in <c>needs</c>
/// order) and successors, the entry nodes (needing <c>gateway</c>), the terminal node (the last-added
/// non-floating executor: its result is the response), and which nodes are on the response path.
/// Immutable and thread-safe to read.
/// </summary>
public sealed class FlowTopology
{
    /// <summary>The name that stands for the Flow's entry in <c>needs</c>.</summary>
    public const string Gateway = "gateway";

    private readonly Dictionary<string, FlowNode> _byName;

    internal FlowTopology(IReadOnlyList<FlowNode> nodes, IReadOnlyList<FlowNode> topologicalOrder)
    {
        Nodes = nodes;
        TopologicalOrder = topologicalOrder;
        _byName = nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        Entries = nodes.Where(n => n.NeedsGateway).ToArray();
        Terminal = nodes.LastOrDefault(n => !n.IsFloating);
        Joins = nodes.Where(n => n.IsJoin).ToArray();
        Floating = nodes.Where(n => n.IsFloating).ToArray();
        Orphans = nodes.Where(n => n.IsOrphan).ToArray();
    }

    /// <summary>Every node, in definition order.</summary>
    public IReadOnlyList<FlowNode> Nodes { get; }

    /// <summary>Every node, predecessors before successors (ties in definition order).</summary>
    public IReadOnlyList<FlowNode> TopologicalOrder { get; }

    /// <summary>The nodes that need <c>gateway</c>, in definition order.</summary>
    public IReadOnlyList<FlowNode> Entries { get; }

    /// <summary>The node whose result is the response; null when there is none (no executors, or all floating): the response is then the request.</summary>
    public FlowNode? Terminal { get; }

    /// <summary>The nodes with two or more predecessors, in definition order.</summary>
    public IReadOnlyList<FlowNode> Joins { get; }

    /// <summary>The floating nodes, in definition order.</summary>
    public IReadOnlyList<FlowNode> Floating { get; }

    /// <summary>The orphan nodes (non-floating, not terminal, needed by nothing), in definition order.</summary>
    public IReadOnlyList<FlowNode> Orphans { get; }

    /// <summary>True when the Flow has no executors (valid: it returns the request unchanged).</summary>
    public bool IsEmpty => Nodes.Count == 0;

    /// <summary>The node named <paramref name="name"/>.</summary>
    /// <param name="name">The executor name.</param>
    /// <exception cref="KeyNotFoundException">No such executor.</exception>
    public FlowNode this[string name] => _byName.TryGetValue(name, out var n) ? n : throw new KeyNotFoundException($"No executor named '{name}' in the Flow.");

    /// <summary>Finds the node named <paramref name="name"/>.</summary>
    /// <param name="name">The executor name.</param>
    /// <param name="node">The node, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetNode(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out FlowNode node) => _byName.TryGetValue(name, out node);
}
