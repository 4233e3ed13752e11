namespace Flow.Actors;

/// <summary>Sorts shutdown phases so that each comes after the phases it depends on (stable for ties).</summary>
internal static class PhaseOrdering
{
    /// <exception cref="ArgumentException">A phase depends on an unknown phase, or the dependencies form a cycle (named).</exception>
    public static List<ShutdownPhase> Sort(IReadOnlyList<ShutdownPhase> phases)
    {
        var byName = new Dictionary<string, ShutdownPhase>(StringComparer.Ordinal);
        foreach (var phase in phases)
        {
            if (!byName.TryAdd(phase.Name, phase))
            {
                throw new ArgumentException($"Shutdown phase '{phase.Name}' is declared twice.");
            }
        }

        var result = new List<ShutdownPhase>(phases.Count);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var phase in phases)
        {
            Visit(phase, byName, state, result, path);
        }

        return result;
    }

    private static void Visit(ShutdownPhase phase, Dictionary<string, ShutdownPhase> byName, Dictionary<string, int> state, List<ShutdownPhase> result, List<string> path)
    {
        state.TryGetValue(phase.Name, out var s);
        if (s == 2)
        {
            return;
        }

        path.Add(phase.Name);
        if (s == 1)
        {
            throw new ArgumentException($"Shutdown phases form a cycle: {string.Join(" -> ", path)}.");
        }

        state[phase.Name] = 1;
        foreach (var dependency in phase.DependsOn)
        {
            if (!byName.TryGetValue(dependency, out var before))
            {
                throw new ArgumentException($"Shutdown phase '{phase.Name}' depends on unknown phase '{dependency}'.");
            }

            Visit(before, byName, state, result, path);
        }

        state[phase.Name] = 2;
        path.RemoveAt(path.Count - 1);
        result.Add(phase);
    }
}
