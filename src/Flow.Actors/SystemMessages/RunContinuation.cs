namespace Flow.Actors;

/// <summary>Runs an await continuation of an async handler inside the actor, on its mailbox.</summary>
internal sealed class RunContinuation(SendOrPostCallback callback, object? state, object? owner) : SystemMessage
{
    public SendOrPostCallback Callback { get; } = callback;

    public object? State { get; } = state;

    /// <summary>The actor instance whose handler awaited; the continuation is dropped if the cell holds another.</summary>
    public object? Owner { get; } = owner;
}
