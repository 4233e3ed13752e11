using System.Text.RegularExpressions;
using Flow.Core.Flows.Conditions;

namespace Flow.Core.Flows;

/// <summary>Validates a Flow's executors and builds its <see cref="FlowTopology"/>.</summary>
internal static partial class FlowValidator
{
    public static FlowTopology Validate(IReadOnlyList<ExecutorDefinition> executors)
    {
        var errors = new List<string>();
        var byName = new Dictionary<string, ExecutorDefinition>(StringComparer.Ordinal);
        var filters = new DocumentFilter?[executors.Count];
        var badName = new bool[executors.Count];
        for (var i = 0; i < executors.Count; i++)
        {
            var e = executors[i];
            if (!ValidName().IsMatch(e.Name) || e.Name.Contains("__", StringComparison.Ordinal) || e.Name == FlowTopology.Gateway)
            {
                badName[i] = true;
                errors.Add($"{e.Describe()}: invalid name; use a Python-style identifier (letters, digits and '_', not starting with a digit; no '-'), without '__' (it scopes parameters), and not '{FlowTopology.Gateway}'.");
            }
            else if (!byName.TryAdd(e.Name, e))
            {
                badName[i] = true;
                errors.Add($"{e.Describe()}: duplicate name; another executor is already named '{e.Name}'.");
            }

            if (e.Replicas <= 0)
            {
                errors.Add($"{e.Describe()}: replicas must be at least 1, got {e.Replicas}.");
            }

            if (e.Shards <= 0)
            {
                errors.Add($"{e.Describe()}: shards must be at least 1, got {e.Shards}.");
            }

            if (e.Polling.Error is { } pollingError)
            {
                errors.Add($"{e.Describe()}: {pollingError}");
            }

            if (e.When is { } when)
            {
                try
                {
                    filters[i] = DocumentFilter.Parse(when);
                }
                catch (FormatException ex)
                {
                    errors.Add($"{e.Describe()}: invalid 'when' condition: {ex.Message}");
                }
            }
        }

        for (var i = 0; i < executors.Count; i++)
        {
            // A misnamed executor's needs are not checked: its name already explains the problem.
            var e = executors[i];
            if (badName[i])
            {
                continue;
            }

            foreach (var need in e.Needs)
            {
                if (need == e.Name)
                {
                    errors.Add($"{e.Describe()}: needs itself.");
                }
                else if (need != FlowTopology.Gateway && !byName.ContainsKey(need))
                {
                    errors.Add($"{e.Describe()}: needs '{need}', but no executor has that name.");
                }
            }
        }

        if (errors.Count == 0 && FindCycle(executors, byName) is { } cycle)
        {
            errors.Add($"{byName[cycle[0]].Describe()}: needs form a cycle: {string.Join(" -> ", cycle)}.");
        }

        if (errors.Count > 0)
        {
            throw new FlowValidationException(errors);
        }

        return BuildTopology(executors, filters);
    }

    private static FlowTopology BuildTopology(IReadOnlyList<ExecutorDefinition> executors, DocumentFilter?[] filters)
    {
        var nodes = new FlowNode[executors.Count];
        var byName = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = new FlowNode(executors[i], i, filters[i]);
            byName[nodes[i].Name] = nodes[i];
        }

        foreach (var node in nodes)
        {
            foreach (var need in node.Predecessors)
            {
                if (need == FlowTopology.Gateway)
                {
                    node.NeedsGateway = true;
                }
                else
                {
                    byName[need].AddSuccessor(node);
                    node.AddPredecessor(byName[need]);
                }
            }
        }

        var terminal = Array.FindLast(nodes, n => !n.IsFloating);
        if (terminal is not null)
        {
            terminal.IsTerminal = true;
            var stack = new Stack<FlowNode>();
            stack.Push(terminal);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                if (n.OnResponsePath)
                {
                    continue;
                }

                n.OnResponsePath = true;
                foreach (var p in n.PredecessorNodes)
                {
                    stack.Push(p);
                }
            }
        }

        return new FlowTopology(nodes, TopologicalOrder(nodes));
    }

    private static FlowNode[] TopologicalOrder(FlowNode[] nodes)
    {
        var remaining = new int[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            remaining[i] = nodes[i].PredecessorNodes.Count;
        }

        var order = new List<FlowNode>(nodes.Length);
        var placed = new bool[nodes.Length];
        while (order.Count < nodes.Length)
        {
            for (var i = 0; i < nodes.Length; i++)
            {
                if (placed[i] || remaining[i] > 0)
                {
                    continue;
                }

                placed[i] = true;
                order.Add(nodes[i]);
                foreach (var s in nodes[i].Successors)
                {
                    remaining[s.Index] -= CountEdges(s, nodes[i]);
                }

                break;
            }
        }

        return [.. order];
    }

    private static int CountEdges(FlowNode successor, FlowNode predecessor)
    {
        var count = 0;
        foreach (var p in successor.PredecessorNodes)
        {
            if (ReferenceEquals(p, predecessor))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first cycle found following needs edges, as names ending with the first name again.</summary>
    private static List<string>? FindCycle(IReadOnlyList<ExecutorDefinition> executors, Dictionary<string, ExecutorDefinition> byName)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var e in executors)
        {
            if (Visit(e.Name) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string name)
        {
            state.TryGetValue(name, out var s);
            if (s == 2)
            {
                return null;
            }

            if (s == 1)
            {
                var start = path.IndexOf(name);
                var cycle = path.GetRange(start, path.Count - start);
                cycle.Add(name);
                return cycle;
            }

            state[name] = 1;
            path.Add(name);
            foreach (var need in byName[name].Needs)
            {
                if (need != FlowTopology.Gateway && Visit(need) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[name] = 2;
            return null;
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ValidName();
}
