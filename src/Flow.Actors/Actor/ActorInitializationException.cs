namespace Flow.Actors;

/// <summary>An actor could not be created or started (its constructor or <c>PreStart</c> threw). The default supervisor stops it.</summary>
public sealed class ActorInitializationException : ActorException
{
    /// <summary>Creates the exception with a message that names the actor and an optional cause.</summary>
    public ActorInitializationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
