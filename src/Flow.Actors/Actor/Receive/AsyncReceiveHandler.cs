namespace Flow.Actors;

/// <summary>
/// Handles messages of type <typeparamref name="T"/> with an async function. Awaits inside it resume in the actor,
/// and the actor takes no other user message until the task completes.
/// </summary>
internal sealed class AsyncReceiveHandler<T>(Func<T, Task> handler, Predicate<T>? predicate) : ReceiveHandler
{
    public override bool TryHandle(ActorCell cell, object message)
    {
        if (message is not T typed || (predicate is not null && !predicate(typed)))
        {
            return false;
        }

        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(cell.SynchronizationContext);
        Task task;
        try
        {
            task = handler(typed);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        if (!task.IsCompleted)
        {
            cell.BeginAsyncReceive(task);
        }
        else
        {
            // Rethrows a synchronous failure so that supervision sees it.
            task.GetAwaiter().GetResult();
        }

        return true;
    }
}
