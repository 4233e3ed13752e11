namespace Flow.Actors;

/// <summary>The base of the exceptions the actor runtime raises.</summary>
public class ActorException : Exception
{
    /// <summary>Creates the exception with a message and an optional cause.</summary>
    public ActorException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
