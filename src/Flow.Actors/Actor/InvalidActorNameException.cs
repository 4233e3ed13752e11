namespace Flow.Actors;

/// <summary>An actor name is empty, holds characters that paths do not allow, or is already taken by a sibling.</summary>
public sealed class InvalidActorNameException : ActorException
{
    /// <summary>Creates the exception with a message that names the actor and an optional cause.</summary>
    public InvalidActorNameException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
