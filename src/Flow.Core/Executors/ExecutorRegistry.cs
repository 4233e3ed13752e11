using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Flow.Core.Executors;

/// <summary>
/// Resolves a <c>uses</c> name to an executor type: a registered alias, then the simple or full name of
/// a registered type, then of any non-abstract <see cref="Executor"/> subclass in the loaded assemblies.
/// <c>BaseExecutor</c>, <c>Executor</c> and an empty <c>uses</c> mean <see cref="BaseExecutor"/>.
/// Thread-safe.
/// </summary>
public sealed class ExecutorRegistry
{
    private readonly Dictionary<string, Type> _names = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Creates a registry knowing only the built-in executors.</summary>
    public ExecutorRegistry()
    {
        Register(typeof(BaseExecutor));
        Register(typeof(BaseExecutor), "Executor");
    }

    /// <summary>A process-wide registry (what YAML flows use unless given another).</summary>
    public static ExecutorRegistry Default { get; } = new();

    /// <summary>Registers <typeparamref name="T"/> under its simple and full names and an optional alias.</summary>
    /// <typeparam name="T">The executor type.</typeparam>
    /// <param name="alias">An extra name, or null.</param>
    /// <returns>This registry.</returns>
    public ExecutorRegistry Register<T>(string? alias = null)
        where T : Executor => Register(typeof(T), alias);

    /// <summary>Registers <paramref name="type"/> under its simple and full names and an optional alias (later registrations win).</summary>
    /// <param name="type">The executor type.</param>
    /// <param name="alias">An extra name, or null.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The type does not derive from <see cref="Executor"/> or is abstract.</exception>
    public ExecutorRegistry Register(Type type, string? alias = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!typeof(Executor).IsAssignableFrom(type) || type.IsAbstract)
        {
            throw new ArgumentException($"{type.FullName} is not a concrete Executor.", nameof(type));
        }

        lock (_lock)
        {
            _names[type.Name] = type;
            _names[type.FullName!] = type;
            if (!string.IsNullOrEmpty(alias))
            {
                _names[alias] = type;
            }
        }

        return this;
    }

    /// <summary>Resolves <paramref name="uses"/>.</summary>
    /// <param name="uses">The name; null or empty means <see cref="BaseExecutor"/>.</param>
    /// <returns>The type.</returns>
    /// <exception cref="KeyNotFoundException">Unknown or ambiguous name.</exception>
    public Type Resolve(string? uses) =>
        TryResolve(uses, out var type, out var reason) ? type : throw new KeyNotFoundException(reason);

    /// <summary>Resolves <paramref name="uses"/>, saying why when it cannot.</summary>
    /// <param name="uses">The name; null or empty means <see cref="BaseExecutor"/>.</param>
    /// <param name="type">The type, when resolved.</param>
    /// <param name="reason">Why not, otherwise.</param>
    /// <returns>True when resolved.</returns>
    public bool TryResolve(string? uses, [NotNullWhen(true)] out Type? type, out string reason)
    {
        reason = string.Empty;
        if (string.IsNullOrWhiteSpace(uses))
        {
            type = typeof(BaseExecutor);
            return true;
        }

        lock (_lock)
        {
            if (_names.TryGetValue(uses, out type))
            {
                return true;
            }
        }

        if (uses.Contains("://", StringComparison.Ordinal))
        {
            reason = $"uses '{uses}': hub and container executors are not supported; register a .NET executor type.";
            return false;
        }

        var found = new List<Type>();
        foreach (var assembly in ExecutorAssemblies.Loaded())
        {
            foreach (var candidate in LoadableTypes(assembly))
            {
                if (typeof(Executor).IsAssignableFrom(candidate) && !candidate.IsAbstract
                    && (candidate.FullName == uses || candidate.Name == uses))
                {
                    found.Add(candidate);
                }
            }
        }

        if (found.Count == 1)
        {
            type = found[0];
            Register(type);
            return true;
        }

        type = null;
        reason = found.Count == 0
            ? $"uses '{uses}' names no registered or loaded executor type."
            : $"uses '{uses}' is ambiguous: {string.Join(", ", found.Select(t => t.FullName))}; use the full name or register an alias.";
        return false;
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.Where(t => t is not null)!;
        }
    }
}
