namespace Flow.Actors;

/// <summary>
/// The temporary ref behind an <c>Ask</c>: the first message it receives completes the task; a timeout, a cancel,
/// or the target's death fails it. It unregisters itself and its timer when it completes, so nothing leaks.
/// </summary>
internal sealed class PromiseActorRef : ActorRefBase
{
    private readonly TaskCompletionSource<object> _promise = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TempContainer _container;
    private ITimer? _timer;
    private CancellationTokenRegistration _cancellation;
    private List<IInternalActorRef>? _watchers;

    public PromiseActorRef(TempContainer container)
    {
        _container = container;
        Path = container.NextPath();
    }

    public override ActorPath Path { get; }

    public override IInternalActorRef Parent => _container;

    public override bool IsTerminated => _promise.Task.IsCompleted;

    public Task<object> Task => _promise.Task;

    public void Start(IActorRef target, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        _container.Add(this);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            _timer = time.CreateTimer(
                static s => ((PromiseActorRef)s!).TimedOut(),
                this,
                timeout,
                Timeout.InfiniteTimeSpan);
        }

        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.Register(static s => ((PromiseActorRef)s!).Canceled(), this);
        }

        _target = target;
        _timeout = timeout;
    }

    private IActorRef? _target;
    private TimeSpan _timeout;

    public override void Tell(object message, IActorRef? sender)
    {
        if (_promise.TrySetResult(message))
        {
            Cleanup();
        }
    }

    public void Fail(Exception cause)
    {
        if (_promise.TrySetException(cause))
        {
            Cleanup();
        }
    }

    private void TimedOut() =>
        Fail(new AskTimeoutException($"Ask of {_target?.Path.ToString() ?? "an actor"} timed out after {_timeout.TotalMilliseconds:0} ms with no reply."));

    private void Canceled()
    {
        if (_promise.TrySetCanceled())
        {
            Cleanup();
        }
    }

    /// <summary>A watch of a pending ask is answered when it completes; of a completed one, at once.</summary>
    public override void SendSystemMessage(SystemMessage message)
    {
        if (message is not Watch watch)
        {
            return;
        }

        lock (_promise)
        {
            if (!_promise.Task.IsCompleted)
            {
                (_watchers ??= []).Add(watch.Watcher);
                return;
            }
        }

        watch.Watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: true, addressTerminated: false));
    }

    private void Cleanup()
    {
        _timer?.Dispose();
        _cancellation.Dispose();
        _container.Remove(this);
        List<IInternalActorRef>? watchers;
        lock (_promise)
        {
            watchers = _watchers;
            _watchers = null;
        }

        if (watchers is not null)
        {
            foreach (var watcher in watchers)
            {
                watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: true, addressTerminated: false));
            }
        }
    }
}
