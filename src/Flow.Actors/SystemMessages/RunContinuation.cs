namespace Flow.Actors;

/// <summary>Runs an await continuation of an async handler inside the actor, on its mailbox.</summary>
internal sealed class RunContinuation(SendOrPostCallback callback, object? state) : SystemMessage
{
    public SendOrPostCallback Callback { get; } = callback;

    public object? State { get; } = state;
}
