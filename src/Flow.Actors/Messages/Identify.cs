namespace Flow.Actors;

/// <summary>
/// Asks any actor for its reference: every actor answers an <see cref="ActorIdentity"/> carrying the same
/// <see cref="MessageId"/> and itself; a path with no actor answers with a <c>null</c> subject.
/// </summary>
/// <param name="messageId">Any value; echoed back so that answers can be told apart.</param>
public sealed class Identify(object? messageId) : AutoReceivedMessage
{
    /// <summary>The value echoed in the answer.</summary>
    public object? MessageId { get; } = messageId;
}
