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
