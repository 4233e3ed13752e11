using Flow.Core.Executors;
using Flow.Core.Flows;

namespace Flow.Gateway.Target;

/// <summary>
/// The endpoints a Flow serves (Jina's endpoint discovery): every endpoint bound by a <c>[Requests("/x")]</c> handler (or
/// an executor's <c>uses_requests</c>) of one of its executors (including <c>uses_before</c> / <c>uses_after</c>), and whether any executor has a default
/// handler (<c>[Requests]</c>), which answers every endpoint. Immutable and thread-safe.
/// </summary>
public sealed class FlowEndpoints
{
    /// <summary>The endpoint Jina's clients send when none is given; always accepted (it reaches default handlers only).</summary>
    public const string DefaultEndpoint = "/default";

    private readonly HashSet<string> _set;

    /// <summary>Creates the set from endpoints (a missing leading <c>/</c> is added) and whether a default handler exists.</summary>
    /// <param name="endpoints">The bound endpoints.</param>
    /// <param name="hasDefaultHandler">True when some executor answers every endpoint.</param>
    public FlowEndpoints(IEnumerable<string> endpoints, bool hasDefaultHandler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        _set = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var e in endpoints)
        {
            if (!string.IsNullOrWhiteSpace(e) && _set.Add(Normalize(e)))
            {
                list.Add(Normalize(e));
            }
        }

        list.Sort(StringComparer.Ordinal);
        HasDefaultHandler = hasDefaultHandler;
        if (hasDefaultHandler && _set.Add(DefaultEndpoint))
        {
            list.Insert(0, DefaultEndpoint);
        }

        Endpoints = list;
    }

    /// <summary>The endpoints, sorted (<c>/default</c> first when a default handler exists).</summary>
    public IReadOnlyList<string> Endpoints { get; }

    /// <summary>True when some executor has a default handler: every endpoint reaches it.</summary>
    public bool HasDefaultHandler { get; }

    /// <summary>
    /// The endpoints of <paramref name="definition"/>'s executors, read from their handler tables; <c>uses</c> names resolve
    /// through <paramref name="registry"/> (default: <see cref="ExecutorRegistry.Default"/>).
    /// </summary>
    /// <param name="definition">The Flow.</param>
    /// <param name="registry">Where <c>uses</c> names resolve.</param>
    /// <returns>The endpoints.</returns>
    /// <exception cref="KeyNotFoundException">A <c>uses</c> name resolves to no executor type.</exception>
    public static FlowEndpoints FromDefinition(FlowDefinition definition, ExecutorRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        registry ??= ExecutorRegistry.Default;
        var endpoints = new List<string>();
        var hasDefault = false;
        foreach (var executor in definition.Executors)
        {
            Add(executor.UsesType ?? registry.Resolve(executor.Uses), executor.UsesRequests);
            if (executor.UsesBefore is { } before)
            {
                Add(registry.Resolve(before), null);
            }

            if (executor.UsesAfter is { } after)
            {
                Add(registry.Resolve(after), null);
            }
        }

        return new FlowEndpoints(endpoints, hasDefault);

        void Add(Type type, IReadOnlyDictionary<string, string>? usesRequests)
        {
            var table = HandlerTable.For(type, usesRequests);
            endpoints.AddRange(table.Endpoints);
            hasDefault |= table.Default is not null;
        }
    }

    /// <summary>
    /// True when a request for <paramref name="endpoint"/> reaches a handler, or is Jina's default endpoint (<c>/</c>,
    /// <c>/default</c>), which is always accepted.
    /// </summary>
    /// <param name="endpoint">The requested endpoint.</param>
    /// <returns>Whether the front doors accept it.</returns>
    public bool Accepts(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return HasDefaultHandler || endpoint is "/" or "" or DefaultEndpoint or "default" || _set.Contains(endpoint) || _set.Contains(Normalize(endpoint));
    }

    private static string Normalize(string endpoint) => endpoint.StartsWith('/') ? endpoint : "/" + endpoint;
}
