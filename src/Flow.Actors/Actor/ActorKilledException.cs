namespace Flow.Actors;

/// <summary>Raised in an actor that received <see cref="Kill"/>. The default supervisor stops it.</summary>
public sealed class ActorKilledException : ActorException
{
    /// <summary>Creates the exception with a message that names the actor and an optional cause.</summary>
    public ActorKilledException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
