namespace Flow.Actors;

/// <summary>Published on the <see cref="EventStream"/> when an actor's behaviour did not handle a message.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">Its sender, or <c>null</c>.</param>
/// <param name="Recipient">The actor that did not handle it.</param>
public sealed record UnhandledMessage(object Message, IActorRef? Sender, IActorRef Recipient);
