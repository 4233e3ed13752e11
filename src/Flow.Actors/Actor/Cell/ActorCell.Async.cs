namespace Flow.Actors;

internal sealed partial class ActorCell
{
    private Task? _pendingAsync;
    private ActorSynchronizationContext? _synchronizationContext;

    /// <summary>The context that runs await continuations of async handlers inside this actor.</summary>
    public SynchronizationContext SynchronizationContext => _synchronizationContext ??= new ActorSynchronizationContext(this);

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

    private sealed class ActorSynchronizationContext(ActorCell cell) : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state) =>
            cell.Self.SendSystemMessage(new RunContinuation(d, state));

        public override void Send(SendOrPostCallback d, object? state) =>
            throw new NotSupportedException("An actor's synchronization context runs continuations asynchronously only.");

        public override SynchronizationContext CreateCopy() => this;
    }
}
