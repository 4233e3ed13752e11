namespace Flow.Actors;

/// <summary>Restarts the actor: <c>PreRestart</c>, a new instance, <c>PostRestart</c>.</summary>
internal sealed class Recreate(Exception cause) : SystemMessage
{
    public Exception Cause { get; } = cause;
}
