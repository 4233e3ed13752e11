namespace Flow.Actors.Routing;

/// <summary>
/// Chooses where a message goes among a router's routees. Plain, thread-safe objects with no actor inside: a router
/// calls <see cref="Select"/> on the SENDER's thread, concurrently from many senders, so implementations must not
/// block and should not allocate.
/// </summary>
public abstract class RoutingLogic
{
    /// <summary>Chooses the routee (or <see cref="SeveralRoutees"/>) for <paramref name="message"/>.</summary>
    /// <param name="message">The message as sent to the router (still inside its <see cref="RouterEnvelope"/>, if any).</param>
    /// <param name="routees">The current routees; never changed by the router once published, and not to be changed here.</param>
    /// <returns>The destination, or <see cref="NoRoutee.Instance"/> when there is none (the router then dead-letters the message).</returns>
    public abstract Routee Select(object message, Routee[] routees);
}
