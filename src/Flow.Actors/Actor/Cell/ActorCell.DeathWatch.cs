namespace Flow.Actors;

internal sealed partial class ActorCell
{
    private HashSet<IInternalActorRef>? _watchedBy;
    private Dictionary<IActorRef, object?>? _watching;
    private HashSet<IActorRef>? _terminatedQueued;

    public IActorRef Watch(IActorRef subject) => WatchCore(subject, null);

    public IActorRef WatchWith(IActorRef subject, object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return WatchCore(subject, message);
    }

    private IActorRef WatchCore(IActorRef subject, object? customMessage)
    {
        if (subject is not IInternalActorRef target || subject.Equals(Self))
        {
            return subject;
        }

        _watching ??= [];
        if (_watching.TryAdd(subject, customMessage))
        {
            target.SendSystemMessage(new Watch(target, Self));
        }
        else
        {
            _watching[subject] = customMessage;
        }

        return subject;
    }

    public IActorRef Unwatch(IActorRef subject)
    {
        if (subject is IInternalActorRef target && _watching is not null && _watching.Remove(subject))
        {
            target.SendSystemMessage(new Unwatch(target, Self));
        }

        _terminatedQueued?.Remove(subject);
        return subject;
    }

    private void AddWatcher(IInternalActorRef watchee, IInternalActorRef watcher)
    {
        if (!watchee.Equals(Self) || watcher.Equals(Self))
        {
            return;
        }

        if (_isTerminated)
        {
            watcher.SendSystemMessage(new DeathWatchNotification(Self, existenceConfirmed: true, addressTerminated: false));
            return;
        }

        (_watchedBy ??= []).Add(watcher);
    }

    private void RemoveWatcher(IInternalActorRef watchee, IInternalActorRef watcher)
    {
        if (watchee.Equals(Self))
        {
            _watchedBy?.Remove(watcher);
        }
    }

    private void HandleDeathWatchNotification(DeathWatchNotification n)
    {
        if (RemoveChild(n.Actor))
        {
            if (!HasTerminatingChildren)
            {
                OnChildrenStopped();
            }
        }

        if (_isTerminating || _watching is null || !_watching.Remove(n.Actor, out var custom))
        {
            return;
        }

        // Delivered through the mailbox, in order with user messages, exactly once: the watch entry is gone now.
        (_terminatedQueued ??= []).Add(n.Actor);
        var terminated = new Terminated(n.Actor, n.ExistenceConfirmed, n.AddressTerminated);
        Self.Tell(new DeathWatchDelivery(terminated, custom ?? terminated), n.Actor);
    }

    /// <summary>Delivers a queued <see cref="Terminated"/> (or a WatchWith message) unless the watch was dropped since.</summary>
    private void DeliverTerminated(DeathWatchDelivery delivery)
    {
        if (_terminatedQueued is null || !_terminatedQueued.Remove(delivery.Terminated.ActorRef))
        {
            return;
        }

        ReceiveMessage(delivery.Message);
    }

    private void TellWatchersWeDied()
    {
        if (_watchedBy is null)
        {
            return;
        }

        foreach (var watcher in _watchedBy)
        {
            if (!watcher.Equals(Parent))
            {
                watcher.SendSystemMessage(new DeathWatchNotification(Self, existenceConfirmed: true, addressTerminated: false));
            }
        }

        _watchedBy = null;
    }

    private void UnwatchWatchedActors()
    {
        if (_watching is null)
        {
            return;
        }

        foreach (var subject in _watching.Keys)
        {
            if (subject is IInternalActorRef target)
            {
                target.SendSystemMessage(new Unwatch(target, Self));
            }
        }

        _watching = null;
        _terminatedQueued = null;
    }
}
