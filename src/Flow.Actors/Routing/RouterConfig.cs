namespace Flow.Actors.Routing;

/// <summary>
/// Makes Props create a router instead of a single actor: a <see cref="Pool"/> (the router creates and supervises its
/// routees) or a <see cref="Group"/> (the router sends to existing actors by path). Declared in code with
/// <see cref="Props.WithRouter"/>, or by actor path in <see cref="ActorSystemSettings.Deployments"/>.
/// Immutable; one config may create many routers, each with its own routing state.
/// </summary>
public abstract class RouterConfig
{
    private protected RouterConfig()
    {
    }

    /// <summary>Creates and starts the router at <paramref name="path"/>; the routee Props are <paramref name="props"/> without the router.</summary>
    internal abstract IInternalActorRef CreateRouterActor(ActorSystem system, Props props, ActorPath path, IInternalActorRef parent);

    /// <summary>A new routing logic for one router (its counters are that router's own).</summary>
    internal abstract RoutingLogic CreateRoutingLogic(ActorSystem system);
}
