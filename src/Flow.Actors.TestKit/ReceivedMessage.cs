namespace Flow.Actors.TestKit;

/// <summary>A message a probe received, with its sender.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">Its sender, or <c>null</c>.</param>
public sealed record ReceivedMessage(object Message, IActorRef? Sender);
