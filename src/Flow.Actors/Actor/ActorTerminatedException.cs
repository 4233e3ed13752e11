namespace Flow.Actors;

/// <summary>An <c>Ask</c> was sent to an actor that is stopped (or stopped before it could answer).</summary>
public sealed class ActorTerminatedException : ActorException
{
    /// <summary>Creates the exception with a message that names the actor and an optional cause.</summary>
    public ActorTerminatedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
