namespace Flow.Actors;

/// <summary>An actor selection resolved to no actor.</summary>
public sealed class ActorNotFoundException : ActorException
{
    /// <summary>Creates the exception with a message that names the actor and an optional cause.</summary>
    public ActorNotFoundException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
