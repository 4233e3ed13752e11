using System.Collections.Concurrent;

namespace Flow.Actors.Dispatch;

/// <summary>The dispatchers of an actor system, looked up by name (<see cref="DefaultId"/> unless Props say otherwise).</summary>
public sealed class Dispatchers
{
    /// <summary>The name of the dispatcher every actor uses by default.</summary>
    public const string DefaultId = "default-dispatcher";

    private readonly ConcurrentDictionary<string, Dispatcher> _byId = new(StringComparer.Ordinal);

    internal Dispatchers(IReadOnlyDictionary<string, int> throughputById)
    {
        foreach (var (id, throughput) in throughputById)
        {
            _byId[id] = new Dispatcher(id, throughput);
        }

        DefaultDispatcher = _byId.TryGetValue(DefaultId, out var d) ? d : _byId[DefaultId] = new Dispatcher(DefaultId, 30);
    }

    /// <summary>The default dispatcher.</summary>
    public Dispatcher DefaultDispatcher { get; }

    /// <summary>The dispatcher with the given name.</summary>
    /// <exception cref="ArgumentException">No dispatcher has that name; the message lists those that exist.</exception>
    public Dispatcher Lookup(string id)
    {
        if (_byId.TryGetValue(id, out var dispatcher))
        {
            return dispatcher;
        }

        throw new ArgumentException($"No dispatcher named '{id}' is configured (configured: {string.Join(", ", _byId.Keys.Order())}).", nameof(id));
    }
}
