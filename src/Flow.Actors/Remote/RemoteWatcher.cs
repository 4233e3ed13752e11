namespace Flow.Actors.Remote;

/// <summary>
/// Which local actors watch which remote ones, by peer address, so that when a peer is lost every watcher of its
/// actors gets a death notification with <c>AddressTerminated</c>. Thread-safe.
/// </summary>
internal sealed class RemoteWatcher
{
    private readonly object _gate = new();
    private readonly Dictionary<Address, HashSet<(RemoteActorRef Watchee, IInternalActorRef Watcher)>> _watches = [];

    public void Add(RemoteActorRef watchee, IInternalActorRef watcher)
    {
        lock (_gate)
        {
            if (!_watches.TryGetValue(watchee.Path.Address, out var set))
            {
                _watches[watchee.Path.Address] = set = [];
            }

            set.Add((watchee, watcher));
        }
    }

    public void Remove(RemoteActorRef watchee, IInternalActorRef watcher)
    {
        lock (_gate)
        {
            if (_watches.TryGetValue(watchee.Path.Address, out var set))
            {
                set.Remove((watchee, watcher));
            }
        }
    }

    public bool HasWatches(Address address)
    {
        lock (_gate)
        {
            return _watches.TryGetValue(address, out var set) && set.Count > 0;
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                var n = 0;
                foreach (var set in _watches.Values)
                {
                    n += set.Count;
                }

                return n;
            }
        }
    }

    /// <summary>Tells every watcher of an actor at <paramref name="address"/> that it is gone, and forgets those watches.</summary>
    public void AddressTerminated(Address address)
    {
        HashSet<(RemoteActorRef Watchee, IInternalActorRef Watcher)>? set;
        lock (_gate)
        {
            if (!_watches.Remove(address, out set))
            {
                return;
            }
        }

        foreach (var (watchee, watcher) in set)
        {
            watcher.SendSystemMessage(new DeathWatchNotification(watchee, existenceConfirmed: true, addressTerminated: true));
        }
    }
}
