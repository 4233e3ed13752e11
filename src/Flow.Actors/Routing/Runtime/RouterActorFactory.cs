namespace Flow.Actors.Routing;

/// <summary>
/// Builds a router: the router actor (a plain cell), its first routees, and the <see cref="RoutedActorRef"/> handed
/// out. Pool routees are created here, on the creating thread, so that messages sent as soon as <c>ActorOf</c>
/// returns are routed to them.
/// </summary>
internal static class RouterActorFactory
{
    public static IInternalActorRef CreatePool(Pool pool, ActorSystem system, Props props, ActorPath path, IInternalActorRef parent)
    {
        if (pool.NrOfInstances == 0 && pool.Resizer is null)
        {
            throw new ArgumentException($"Cannot create pool router {path}: it has 0 routees and no resizer.");
        }

        var routeeProps = props.WithRouter(NoRouter.Instance);
        var routed = new RoutedActorRef(system, path, new Router(pool.CreateRoutingLogic(system), []), pool.Resizer);
        var cell = Start(routed, system, path, parent, pool.RouterDispatcher, pool.SupervisorStrategy, routeeProps, pool);
        var routees = new List<Routee>(pool.NrOfInstances);
        for (var i = 0; i < pool.NrOfInstances; i++)
        {
            routees.Add(new ActorRefRoutee(cell.Cell.CreateChild(routeeProps, null)));
        }

        if (pool.Resizer is { } resizer && resizer.IsTimeForResize(0))
        {
            var change = resizer.Resize(routees);
            for (var i = 0; i < change; i++)
            {
                routees.Add(new ActorRefRoutee(cell.Cell.CreateChild(routeeProps, null)));
            }

            for (var i = 0; i < -change && routees.Count > 0; i++)
            {
                cell.Cell.Stop(((ActorRefRoutee)routees[^1]).Actor);
                routees.RemoveAt(routees.Count - 1);
            }
        }

        return Publish(routed, cell, routees);
    }

    public static IInternalActorRef CreateGroup(Group group, ActorSystem system, Props props, ActorPath path, IInternalActorRef parent)
    {
        var routed = new RoutedActorRef(system, path, new Router(group.CreateRoutingLogic(system), []), resizer: null);
        var cell = Start(routed, system, path, parent, group.RouterDispatcher, strategy: null, props.WithRouter(NoRouter.Instance), pool: null);

        // Selections until the router actor resolves the paths on its own thread: resolving here could take the
        // children locks of other actors while our parent holds its own.
        var routees = new List<Routee>(group.Paths.Count);
        foreach (var routeePath in group.Paths)
        {
            routees.Add(new ActorSelectionRoutee(system.ActorSelection(routeePath)));
        }

        return Publish(routed, cell, routees);
    }

    private static LocalActorRef Start(
        RoutedActorRef routed, ActorSystem system, ActorPath path, IInternalActorRef parent, string dispatcher,
        Supervision.SupervisorStrategy? strategy, Props routeeProps, Pool? pool)
    {
        var routerProps = Props.Create(() => new RouterActor(routed, routeeProps, pool)) with
        {
            Dispatcher = dispatcher,
            SupervisorStrategy = strategy,
            Router = NoRouter.Instance,
        };
        var cell = system.Provider.CreateLocalActor(routerProps, path, parent);
        routed.Attach(cell);
        return cell;
    }

    private static RoutedActorRef Publish(RoutedActorRef routed, LocalActorRef cell, List<Routee> routees)
    {
        routed.Router = routed.Router.WithRoutees([.. routees]);

        // The enqueue is a full fence: the router actor sees the published routees when it handles this.
        cell.Tell(RouterStarted.Instance, null);
        return routed;
    }
}
