namespace Flow.Actors.Routing;

/// <summary>Marks Props that must not be routed, even when a deployment declares a router for their path.</summary>
public sealed class NoRouter : RouterConfig
{
    private NoRouter()
    {
    }

    /// <summary>The single instance.</summary>
    public static NoRouter Instance { get; } = new();

    internal override IInternalActorRef CreateRouterActor(ActorSystem system, Props props, ActorPath path, IInternalActorRef parent) =>
        throw new InvalidOperationException("NoRouter creates no router.");

    internal override RoutingLogic CreateRoutingLogic(ActorSystem system) =>
        throw new InvalidOperationException("NoRouter has no routing logic.");
}
