namespace Flow.Actors.Routing;

/// <summary>
/// A destination a router can send to: an actor ref, a selection, several of them, or none. Routees are immutable and
/// compare by their destination, so a <see cref="RemoveRoutee"/> built from the same ref removes the routee.
/// </summary>
public abstract record Routee
{
    private protected Routee()
    {
    }

    /// <summary>Sends <paramref name="message"/> to the destination; never blocks beyond the destination's mailbox and never throws for a dead one.</summary>
    /// <param name="message">The message, already unwrapped from any <see cref="RouterEnvelope"/>.</param>
    /// <param name="sender">The original sender, which replies reach.</param>
    public abstract void Send(object message, IActorRef? sender);
}
