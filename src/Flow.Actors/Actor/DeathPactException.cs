namespace Flow.Actors;

/// <summary>Raised in an actor that did not handle the <see cref="Terminated"/> of an actor it watched.</summary>
public sealed class DeathPactException : ActorException
{
    /// <summary>Creates the exception with a message that names the actor and an optional cause.</summary>
    public DeathPactException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
