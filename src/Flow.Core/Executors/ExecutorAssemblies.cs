using System.Reflection;

namespace Flow.Core.Executors;

/// <summary>
/// The loaded assemblies that can define an executor: Flow.Core and those that reference it, directly or through
/// another such assembly (a type deriving from a user's executor base class). The runtime, Akka and the other
/// libraries of a process — most of its types — are never scanned.
/// </summary>
internal static class ExecutorAssemblies
{
    /// <summary>The loaded, non-dynamic assemblies that can define an <see cref="Executor"/> subclass, Flow.Core first.</summary>
    /// <returns>The assemblies, in the order found.</returns>
    public static List<Assembly> Loaded()
    {
        var core = typeof(Executor).Assembly;
        var names = new HashSet<string>(StringComparer.Ordinal) { core.GetName().Name! };
        var found = new List<Assembly> { core };
        var pending = new List<(Assembly Assembly, string?[] References)>();
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (!assembly.IsDynamic && assembly != core)
            {
                pending.Add((assembly, [.. assembly.GetReferencedAssemblies().Select(r => r.Name)]));
            }
        }

        // Until no assembly is added: one that references an assembly found is found too.
        for (var added = true; added;)
        {
            added = false;
            for (var i = pending.Count - 1; i >= 0; i--)
            {
                if (pending[i].References.Any(r => r is not null && names.Contains(r)))
                {
                    found.Add(pending[i].Assembly);
                    names.Add(pending[i].Assembly.GetName().Name!);
                    pending.RemoveAt(i);
                    added = true;
                }
            }
        }

        return found;
    }
}
