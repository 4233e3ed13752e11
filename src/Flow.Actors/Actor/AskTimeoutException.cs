namespace Flow.Actors;

/// <summary>An <c>Ask</c> received no reply within its timeout.</summary>
public sealed class AskTimeoutException : ActorException
{
    /// <summary>Creates the exception with a message that names the actor and an optional cause.</summary>
    public AskTimeoutException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
