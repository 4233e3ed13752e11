using System.Collections.Concurrent;

namespace Flow.Core.Executors;

/// <summary>
/// The handlers of one executor type, bound once per type (see <see cref="HandlerBinder"/>) and shared
/// by every instance. Lookups are read-only and thread-safe.
/// </summary>
internal sealed class HandlerTable
{
    private static readonly ConcurrentDictionary<Type, Lazy<HandlerTable>> Cache = new();

    private readonly Dictionary<string, Handler> _byEndpoint;

    public HandlerTable(Dictionary<string, Handler> byEndpoint, Handler? defaultHandler)
    {
        _byEndpoint = byEndpoint;
        Default = defaultHandler;
    }

    public Handler? Default { get; }

    public IReadOnlyCollection<string> Endpoints => _byEndpoint.Keys;

    /// <summary>Binds (once) and returns the table of <paramref name="type"/>; throws <see cref="InvalidOperationException"/> for malformed handlers.</summary>
    public static HandlerTable For(Type type) =>
        Cache.GetOrAdd(type, static t => new Lazy<HandlerTable>(() => HandlerBinder.Bind(t))).Value;

    /// <summary>
    /// The table of <paramref name="type"/> with Jina's <c>uses_requests</c> applied (once per type and mapping): each
    /// endpoint is bound to the named method (<c>__default__</c>: the default handler), which loses the endpoints its
    /// <c>[Requests]</c> gave it; a method without <c>[Requests]</c> is bound if its parameters are a handler's. A method is
    /// named as in C# or in Jina's snake_case (<c>encode_docs</c> for <c>EncodeDocs</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">A name is no method of the type, names several, or a handler cannot have its parameters.</exception>
    public static HandlerTable For(Type type, IReadOnlyDictionary<string, string>? requests)
    {
        if (requests is null || requests.Count == 0)
        {
            return For(type);
        }

        var key = string.Join("\n", requests.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key + "=" + r.Value));
        return Rebound.GetOrAdd((type, key), k => new Lazy<HandlerTable>(() => For(k.Type).Rebind(k.Type, requests))).Value;
    }

    private static readonly ConcurrentDictionary<(Type Type, string Requests), Lazy<HandlerTable>> Rebound = new();

    private HandlerTable Rebind(Type type, IReadOnlyDictionary<string, string> requests)
    {
        var bound = new List<(string Endpoint, Handler Handler)>();
        foreach (var (endpoint, name) in requests)
        {
            var method = FindMethod(type, name);
            var handler = _byEndpoint.Values.FirstOrDefault(h => h.Method == method)
                ?? (Default?.Method == method ? Default : null)
                ?? HandlerBinder.Compile(type, method);
            bound.Add((endpoint, handler));
        }

        var byEndpoint = new Dictionary<string, Handler>(StringComparer.Ordinal);
        foreach (var (endpoint, handler) in _byEndpoint)
        {
            if (!bound.Any(b => b.Handler.Method == handler.Method))
            {
                byEndpoint[endpoint] = handler;
            }
        }

        var defaultHandler = Default is { } d && !bound.Any(b => b.Handler.Method == d.Method) ? d : null;
        foreach (var (endpoint, handler) in bound)
        {
            if (endpoint == "__default__")
            {
                defaultHandler = handler;
            }
            else
            {
                byEndpoint[Normalize(endpoint)] = handler;
            }
        }

        return new HandlerTable(byEndpoint, defaultHandler);
    }

    private static System.Reflection.MethodInfo FindMethod(Type type, string name)
    {
        const System.Reflection.BindingFlags Flags = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic;
        var pascal = string.Concat(name.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        var candidates = type.GetMethods(Flags)
            .Where(m => m.DeclaringType != typeof(object) && m.DeclaringType != typeof(Executor) && !m.IsSpecialName)
            .Where(m => m.Name == name || string.Equals(m.Name, pascal, StringComparison.Ordinal))
            .ToList();
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new InvalidOperationException($"uses_requests: '{name}' is no method of {type.Name}."),
            _ => throw new InvalidOperationException($"uses_requests: '{name}' names {candidates.Count} methods of {type.Name} (overloads); give it a single method."),
        };
    }

    /// <summary>The handler for an endpoint: the one bound to it, else the default handler, else null.</summary>
    public Handler? Find(string endpoint)
    {
        if (_byEndpoint.Count > 0)
        {
            if (_byEndpoint.TryGetValue(endpoint, out var handler))
            {
                return handler;
            }

            if (endpoint.Length > 0 && endpoint[0] != '/' && _byEndpoint.TryGetValue("/" + endpoint, out handler))
            {
                return handler;
            }
        }

        return Default;
    }

    internal static string Normalize(string endpoint) => endpoint.StartsWith('/') ? endpoint : "/" + endpoint;
}
