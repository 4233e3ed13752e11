namespace Flow.Actors;

/// <summary>
/// An immutable, shareable handle to an actor. Sending never blocks the caller (except into a full bounded
/// mailbox configured for back-pressure) and never throws for a stopped recipient: such messages go to dead letters.
/// Two refs are equal when they point to the same incarnation (path and uid).
/// </summary>
public interface IActorRef
{
    /// <summary>The actor's path, including its incarnation uid.</summary>
    ActorPath Path { get; }

    /// <summary>
    /// Enqueues <paramref name="message"/> for the actor. Messages from one sender to one recipient arrive in the
    /// order they were sent. Thread-safe; returns once the message is enqueued.
    /// </summary>
    /// <param name="message">The message; must not be mutated after sending.</param>
    /// <param name="sender">The ref the recipient sees as <c>Sender</c>, or <c>null</c> for none.</param>
    void Tell(object message, IActorRef? sender);
}
