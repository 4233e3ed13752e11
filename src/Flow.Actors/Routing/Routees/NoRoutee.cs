namespace Flow.Actors.Routing;

/// <summary>
/// What a <see cref="RoutingLogic"/> selects when there is nowhere to send (no routees, or no hash key): the router
/// sends the message to dead letters instead.
/// </summary>
public sealed record NoRoutee : Routee
{
    private NoRoutee()
    {
    }

    /// <summary>The single instance.</summary>
    public static NoRoutee Instance { get; } = new();

    /// <summary>Does nothing: routers deliver messages selected for no routee to dead letters themselves.</summary>
    public override void Send(object message, IActorRef? sender)
    {
    }
}
