namespace Flow.Actors;

/// <summary>
/// Published on the <see cref="EventStream"/> for every message that could not be delivered
/// (its recipient stopped, or a bounded mailbox was full).
/// </summary>
/// <param name="Message">The message that was not delivered.</param>
/// <param name="Sender">Its sender, or <c>null</c>.</param>
/// <param name="Recipient">The actor it was sent to.</param>
public sealed record DeadLetter(object Message, IActorRef? Sender, IActorRef Recipient);
