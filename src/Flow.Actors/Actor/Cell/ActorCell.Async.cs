namespace Flow.Actors;

internal sealed partial class ActorCell
{
    private Task? _pendingAsync;
    private ActorSynchronizationContext? _synchronizationContext;

    /// <summary>The context that runs await continuations of async handlers inside this actor.</summary>
    /// Each actor instance gets its own context, so that continuations of an instance that was restarted are dropped
    /// instead of running interleaved with its successor's messages.
    public SynchronizationContext SynchronizationContext =>
        _synchronizationContext is { } context && ReferenceEquals(context.Owner, _actor)
            ? context
            : _synchronizationContext = new ActorSynchronizationContext(this, _actor);

    /// <summary>
    /// An async handler returned an unfinished task: hold user messages (system messages still run) until it
    /// completes, keeping the current message and sender for its continuations.
    /// </summary>
    public void BeginAsyncReceive(Task task)
    {
        _pendingAsync = task;
        _mailbox.BeginAsync();
        task.ContinueWith(
            static (t, state) => ((LocalActorRef)state!).SendSystemMessage(new AsyncReceiveCompleted(t)),
            Self,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void RunContinuation(RunContinuation continuation)
    {
        if (!ReferenceEquals(continuation.Owner, _actor) || _actor is null)
        {
            // The instance that awaited was restarted or stopped: its async work is abandoned.
            return;
        }

        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(SynchronizationContext);
        try
        {
            continuation.Callback(continuation.State);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private void CompleteAsyncReceive(Task task)
    {
        if (!ReferenceEquals(task, _pendingAsync))
        {
            return;
        }

        _pendingAsync = null;
        _mailbox.EndAsync();
        if (task.IsFaulted)
        {
            var cause = task.Exception!.InnerExceptions.Count == 1 ? task.Exception.InnerException! : task.Exception;
            HandleInvokeFailure(cause);
        }
        else if (task.IsCanceled)
        {
            HandleInvokeFailure(new TaskCanceledException($"An async handler of {Path} was canceled."));
        }

        _currentMessage = null;
        _currentSender = null;
    }

    private void EndAsyncReceive()
    {
        if (_pendingAsync is not null)
        {
            _pendingAsync = null;
            _mailbox.EndAsync();
        }
    }

    private sealed class ActorSynchronizationContext(ActorCell cell, ActorBase? owner) : SynchronizationContext
    {
        public ActorBase? Owner => owner;

        public override void Post(SendOrPostCallback d, object? state) =>
            cell.Self.SendSystemMessage(new RunContinuation(d, state, owner));

        public override void Send(SendOrPostCallback d, object? state) =>
            throw new NotSupportedException("An actor's synchronization context runs continuations asynchronously only.");

        public override SynchronizationContext CreateCopy() => this;
    }
}
