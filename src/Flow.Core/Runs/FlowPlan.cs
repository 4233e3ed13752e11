using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Flow.Core.Flows;

namespace Flow.Core.Runs;

/// <summary>
/// A Flow compiled for the gateway: the nodes with integer edges, the entries and the terminal. Built once per
/// running Flow from the validated <see cref="FlowTopology"/>.
/// </summary>
internal sealed class FlowPlan
{
    private readonly ConcurrentDictionary<string, Regex> _targets = new(StringComparer.Ordinal);

    private FlowPlan(PlanNode[] nodes, int[] entries, int[] entrySlots, int terminal)
    {
        Nodes = nodes;
        Entries = entries;
        EntrySlots = entrySlots;
        Terminal = terminal;
    }

    public PlanNode[] Nodes { get; }

    /// <summary>The nodes that need <c>gateway</c>, in definition order.</summary>
    public int[] Entries { get; }

    /// <summary>For each entry, the slot of <c>gateway</c> in its <c>needs</c>.</summary>
    public int[] EntrySlots { get; }

    /// <summary>The node whose result is the response, or -1 (the response is the request).</summary>
    public int Terminal { get; }

    public static FlowPlan Build(FlowTopology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var nodes = new PlanNode[topology.Nodes.Count];
        var entries = new List<int>();
        var entrySlots = new List<int>();
        foreach (var node in topology.Nodes)
        {
            var successors = new int[node.Successors.Count];
            var slots = new int[successors.Length];
            for (var i = 0; i < successors.Length; i++)
            {
                var s = node.Successors[i];
                successors[i] = s.Index;
                slots[i] = IndexOf(s.Predecessors, node.Name);
            }

            var gatewaySlot = IndexOf(node.Predecessors, FlowTopology.Gateway);
            nodes[node.Index] = new PlanNode(node, successors, slots, gatewaySlot);
            if (gatewaySlot >= 0)
            {
                entries.Add(node.Index);
                entrySlots.Add(gatewaySlot);
            }
        }

        return new FlowPlan(nodes, [.. entries], [.. entrySlots], topology.Terminal?.Index ?? -1);
    }

    /// <summary>The compiled <c>target_executor</c> pattern, matched at the start of the name as Python's <c>re.match</c>.</summary>
    public Regex Target(string pattern) =>
        _targets.GetOrAdd(pattern, static p => new Regex("^(?:" + p + ")", RegexOptions.CultureInvariant));

    private static int IndexOf(IReadOnlyList<string> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
