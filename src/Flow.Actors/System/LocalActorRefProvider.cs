using Flow.Actors.Routing;

namespace Flow.Actors;

/// <summary>Creates actors in this process and resolves local paths.</summary>
internal sealed class LocalActorRefProvider(ActorSystem system)
{
    /// <summary>Creates and starts an actor (a router when its Props or a deployment says so).</summary>
    public IInternalActorRef CreateActor(Props props, ActorPath path, IInternalActorRef parent)
    {
        // As in Akka, a router deployed by configuration wins over the Props' own router (NoRouter opts out).
        if (props.Router is not NoRouter && system.Settings.Deployments.TryGetValue(path.ToStringWithoutAddress(), out var deployed))
        {
            props = props.WithRouter(deployed);
        }

        if (props.Router is { } router and not NoRouter)
        {
            return router.CreateRouterActor(system, props, path, parent);
        }

        return CreateLocalActor(props, path, parent);
    }

    /// <summary>Creates and starts a plain actor.</summary>
    public LocalActorRef CreateLocalActor(Props props, ActorPath path, IInternalActorRef parent)
    {
        var dispatcher = system.Dispatchers.Lookup(props.Dispatcher);
        var cell = new ActorCell(system, path, props, dispatcher, props.Mailbox ?? system.Settings.DefaultMailbox, parent);
        cell.Start();
        return cell.Self;
    }

    /// <summary>Walks a local path from the root; <c>null</c> when an element does not exist.</summary>
    public IInternalActorRef? ResolveLocal(IReadOnlyList<string> elements)
    {
        IInternalActorRef? current = system.RootGuardian;
        for (var i = 0; i < elements.Count && current is not null; i++)
        {
            current = elements[i] switch
            {
                "temp" when i == 0 => system.TempContainer,
                "deadLetters" when i == 0 => system.DeadLettersRef,
                var name => current.GetChild(name),
            };
        }

        return current;
    }
}
