namespace Flow.Actors;

/// <summary>The answer to <see cref="Identify"/>.</summary>
/// <param name="MessageId">The value the <see cref="Identify"/> carried.</param>
/// <param name="Subject">The actor that answered, or <c>null</c> when no actor lives at the path.</param>
public sealed record ActorIdentity(object? MessageId, IActorRef? Subject);
