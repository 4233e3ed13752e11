namespace Flow.Actors.Routing;

/// <summary>
/// Makes Props create a router instead of a single actor: a pool (the router creates and supervises its routees)
/// or a group (the router sends to existing actors by path).
/// </summary>
public abstract class RouterConfig
{
    /// <summary>Creates and starts the router at <paramref name="path"/>; the routee Props are <paramref name="props"/> without the router.</summary>
    internal abstract IInternalActorRef CreateRouterActor(ActorSystem system, Props props, ActorPath path, IInternalActorRef parent);
}
