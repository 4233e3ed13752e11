namespace Flow.Actors;

/// <summary>The task of an async handler finished: the actor may take its next user message.</summary>
internal sealed class AsyncReceiveCompleted(Task task) : SystemMessage
{
    public Task Task { get; } = task;
}
