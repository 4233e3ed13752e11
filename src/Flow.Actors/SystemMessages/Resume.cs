namespace Flow.Actors;

/// <summary>Undoes one <see cref="Suspend"/>; with a cause, resumes the actor after its own failure.</summary>
internal sealed class Resume(Exception? causedByFailure) : SystemMessage
{
    public Exception? CausedByFailure { get; } = causedByFailure;
}
