namespace Flow.Actors.Routing;

/// <summary>
/// The actor behind a router: it owns the routee list (publishing a new <see cref="Router"/> on every change), handles
/// management messages and resizes, watches its routees and, for a pool, supervises them as its children. Ordinary
/// messages that reach its mailbox (sent to its own ref) are routed like those sent to the routed ref.
/// </summary>
internal sealed class RouterActor(RoutedActorRef routed, Props routeeProps, Pool? pool) : UntypedActor
{
    // Group routees resolved from a configured path: on their death they fall back to the path.
    private Dictionary<IActorRef, string>? _groupPaths;

    private Routee[] Current => routed.Router.Routees;

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case RouterStarted:
                OnStarted();
                break;
            case GetRoutees:
                Sender.Tell(new Routees((Routee[])Current.Clone()), Self);
                break;
            case AddRoutee add:
                Publish([.. Current, Watched(add.Routee)]);
                break;
            case RemoveRoutee remove:
                Remove(remove.Routee, stopChild: true);
                StopIfAllRouteesRemoved();
                break;
            case AdjustPoolSize adjust:
                Adjust(adjust.Change);
                break;
            case ResizeRequest:
                Resize();
                break;
            case Terminated terminated:
                OnRouteeTerminated(terminated.ActorRef);
                break;
            default:
                routed.Route(message, Cell.SenderOrNull);
                break;
        }
    }

    /// <summary>Keeps the routees: a restarted router routes to the same ones (they are restarted with it).</summary>
    protected override void PreRestart(Exception reason, object? message)
    {
    }

    private void OnStarted()
    {
        var routees = Current;
        var resolved = new Routee[routees.Length];
        for (var i = 0; i < routees.Length; i++)
        {
            resolved[i] = routees[i] is ActorSelectionRoutee selection && Resolve(selection.Selection.PathString) is { } actor
                ? RememberPath(new ActorRefRoutee(actor), selection.Selection.PathString)
                : routees[i];
            Watched(resolved[i]);
        }

        Publish(resolved);
    }

    private void OnRouteeTerminated(IActorRef actor)
    {
        if (_groupPaths is not null && _groupPaths.Remove(actor, out var path))
        {
            var routees = (Routee[])Current.Clone();
            var fallback = new ActorSelectionRoutee(Context.System.ActorSelection(path));
            for (var i = 0; i < routees.Length; i++)
            {
                if (routees[i] is ActorRefRoutee r && r.Actor.Equals(actor))
                {
                    routees[i] = fallback;
                }
            }

            Publish(routees);
            return;
        }

        Remove(new ActorRefRoutee(actor), stopChild: false);
        StopIfAllRouteesRemoved();
    }

    private void Adjust(int change)
    {
        if (pool is null || change == 0)
        {
            return;
        }

        if (change > 0)
        {
            var added = new List<Routee>(Current);
            for (var i = 0; i < change; i++)
            {
                added.Add(Watched(new ActorRefRoutee(Context.ActorOf(routeeProps))));
            }

            Publish([.. added]);
            return;
        }

        var current = Current;
        var keep = Math.Max(0, current.Length + change);
        var abandoned = current[keep..];
        Publish(current[..keep]);
        foreach (var routee in abandoned)
        {
            Retire(routee, stopChild: true);
        }

        StopIfAllRouteesRemoved();
    }

    private void Resize()
    {
        try
        {
            if (pool?.Resizer is { } resizer)
            {
                Adjust(resizer.Resize(Current));
            }
        }
        finally
        {
            routed.ResizeDone();
        }
    }

    private void Remove(Routee routee, bool stopChild)
    {
        var current = Current;
        var kept = new List<Routee>(current.Length);
        foreach (var r in current)
        {
            if (!r.Equals(routee))
            {
                kept.Add(r);
            }
        }

        if (kept.Count != current.Length)
        {
            Publish([.. kept]);
            Retire(routee, stopChild);
        }
    }

    private void Retire(Routee routee, bool stopChild)
    {
        if (routee is not ActorRefRoutee { Actor: var actor })
        {
            return;
        }

        Context.Unwatch(actor);
        _groupPaths?.Remove(actor);
        if (stopChild && Cell.GetChildEntry(actor) is not null)
        {
            Context.Stop(actor);
        }
    }

    private void StopIfAllRouteesRemoved()
    {
        if (Current.Length == 0 && pool?.Resizer is null)
        {
            Context.Stop(Self);
        }
    }

    private Routee Watched(Routee routee)
    {
        if (routee is ActorRefRoutee { Actor: var actor })
        {
            Context.Watch(actor);
        }

        return routee;
    }

    private ActorRefRoutee RememberPath(ActorRefRoutee routee, string path)
    {
        (_groupPaths ??= []).TryAdd(routee.Actor, path);
        return routee;
    }

    private IActorRef? Resolve(string path)
    {
        string[] elements;
        if (path.Contains("://", StringComparison.Ordinal))
        {
            var parsed = ActorPath.Parse(path);
            if (!parsed.Address.Equals(Context.System.Address))
            {
                return null;
            }

            elements = [.. parsed.Elements];
        }
        else if (path.StartsWith('/'))
        {
            elements = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        }
        else
        {
            return null;
        }

        foreach (var element in elements)
        {
            if (element is ".." || element.Contains('*') || element.Contains('?'))
            {
                return null;
            }
        }

        var actor = Context.System.Provider.ResolveLocal(elements);
        return actor is null || actor.IsTerminated ? null : actor;
    }

    private void Publish(Routee[] routees) => routed.Router = routed.Router.WithRoutees(routees);
}
