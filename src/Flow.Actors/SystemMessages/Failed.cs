namespace Flow.Actors;

/// <summary>Sent to the parent of a child that failed; the child is suspended until the parent decides.</summary>
internal sealed class Failed(IInternalActorRef child, Exception cause, long uid) : SystemMessage
{
    public IInternalActorRef Child { get; } = child;

    public Exception Cause { get; } = cause;

    public long Uid { get; } = uid;
}
