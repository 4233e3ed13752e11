using Flow.Actors.Dispatch;

namespace Flow.Actors;

internal sealed partial class ActorCell
{
    private static long s_nextAutoName;
    private Dictionary<string, ChildEntry>? _children;

    // The children map is the one piece of cell state other threads touch (system.ActorOf, selections): it is
    // guarded by a lock on the map's owner.
    private object ChildrenLock => this;

    private bool HasTerminatingChildren
    {
        get
        {
            lock (ChildrenLock)
            {
                if (_children is null)
                {
                    return false;
                }

                foreach (var entry in _children.Values)
                {
                    if (entry.Stopping)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    public IReadOnlyList<IActorRef> Children
    {
        get
        {
            lock (ChildrenLock)
            {
                if (_children is null || _children.Count == 0)
                {
                    return [];
                }

                var list = new List<IActorRef>(_children.Count);
                foreach (var entry in _children.Values)
                {
                    if (!entry.Stopping)
                    {
                        list.Add(entry.Ref);
                    }
                }

                return list;
            }
        }
    }

    public IActorRef? Child(string name) => GetChildRef(name);

    public IInternalActorRef? GetChildRef(string name)
    {
        lock (ChildrenLock)
        {
            return _children is not null && _children.TryGetValue(name, out var entry) && !entry.Stopping ? entry.Ref : null;
        }
    }

    internal ChildEntry? GetChildEntry(IActorRef child)
    {
        lock (ChildrenLock)
        {
            return _children is not null && _children.TryGetValue(child.Path.Name, out var entry) && entry.Ref.Equals(child) ? entry : null;
        }
    }

    public IActorRef ActorOf(Props props, string? name = null) => CreateChild(props, name);

    /// <summary>Creates, registers and starts a child. Any thread (guardians are asked from outside).</summary>
    public IInternalActorRef CreateChild(Props props, string? name)
    {
        ArgumentNullException.ThrowIfNull(props);
        props.Validate();
        if (name is null)
        {
            name = AutoName(Interlocked.Increment(ref s_nextAutoName));
        }
        else
        {
            ActorName.Validate(name);
        }

        lock (ChildrenLock)
        {
            if (_isTerminated || _isTerminating)
            {
                throw new InvalidOperationException($"Cannot create child '{name}' of {Path}: the actor is stopping.");
            }

            _children ??= new Dictionary<string, ChildEntry>(StringComparer.Ordinal);
            if (_children.ContainsKey(name))
            {
                throw new InvalidActorNameException($"Actor name '{name}' is not unique under {Path}.");
            }

            var child = System.Provider.CreateActor(props, Path.Child(name, NewUid()), Self);
            _children.Add(name, new ChildEntry(child));
            return child;
        }
    }

    public void Stop(IActorRef actor)
    {
        if (actor is not IInternalActorRef target)
        {
            return;
        }

        if (actor.Equals(Self))
        {
            Self.Stop();
            return;
        }

        lock (ChildrenLock)
        {
            if (_children is not null && _children.TryGetValue(actor.Path.Name, out var entry) && entry.Ref.Equals(actor))
            {
                entry.Stopping = true;
            }
        }

        target.Stop();
    }

    /// <summary>Asks every child to stop; false when there were none.</summary>
    private bool StopAllChildren()
    {
        var any = false;
        foreach (var child in MarkAllStopping())
        {
            any = true;
            child.Stop();
        }

        return any;
    }

    internal List<IInternalActorRef> MarkAllStopping()
    {
        var list = new List<IInternalActorRef>();
        lock (ChildrenLock)
        {
            if (_children is not null)
            {
                foreach (var entry in _children.Values)
                {
                    entry.Stopping = true;
                    list.Add(entry.Ref);
                }
            }
        }

        return list;
    }

    /// <summary>The children that are not stopping.</summary>
    internal List<IInternalActorRef> ChildrenSnapshot()
    {
        var list = new List<IInternalActorRef>();
        lock (ChildrenLock)
        {
            if (_children is not null)
            {
                foreach (var entry in _children.Values)
                {
                    if (!entry.Stopping)
                    {
                        list.Add(entry.Ref);
                    }
                }
            }
        }

        return list;
    }

    internal List<ChildEntry> ChildEntriesSnapshot()
    {
        lock (ChildrenLock)
        {
            return _children is null ? [] : [.. _children.Values];
        }
    }

    /// <summary>A child stopped: forget it; true when it was one of ours.</summary>
    private bool RemoveChild(IActorRef child)
    {
        lock (ChildrenLock)
        {
            if (_children is not null && _children.TryGetValue(child.Path.Name, out var entry) && entry.Ref.Equals(child))
            {
                _children.Remove(child.Path.Name);
                return true;
            }

            return false;
        }
    }

    /// <summary>Suspends every live child but <paramref name="except"/> (a failed child is suspended already).</summary>
    private void SuspendChildren(IActorRef? except = null)
    {
        foreach (var child in ChildrenSnapshot())
        {
            if (!child.Equals(except))
            {
                child.SendSystemMessage(Suspend.Instance);
            }
        }
    }

    /// <summary>Resumes every live child; <paramref name="perpetrator"/>, whose failure was escalated, is resumed as failed.</summary>
    private void ResumeChildren(IActorRef? perpetrator = null, Exception? causedByFailure = null)
    {
        foreach (var child in ChildrenSnapshot())
        {
            child.SendSystemMessage(new Resume(perpetrator is not null && child.Equals(perpetrator) ? causedByFailure : null));
        }
    }

    private static long NewUid()
    {
        long uid;
        do
        {
            uid = Random.Shared.NextInt64();
        }
        while (uid == 0);
        return uid;
    }

    private static string AutoName(long n)
    {
        const string digits = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+~";
        Span<char> buffer = stackalloc char[16];
        var i = buffer.Length;
        do
        {
            buffer[--i] = digits[(int)(n & 63)];
            n >>= 6;
        }
        while (n != 0);
        buffer[--i] = '$';
        return new string(buffer[i..]);
    }
}
