namespace Flow.Actors.Routing;

/// <summary>
/// The temporary sender behind scatter-gather and tail-chopping: the first message it receives goes to the original
/// sender (with the replying routee as sender); if none arrives within the timeout, the original sender receives
/// <see cref="Status.Failure"/> with an <see cref="AskTimeoutException"/>. Registered under <c>/temp</c> while pending;
/// every timer is disposed and the registration removed when it completes, so nothing leaks. Tail-chopping also sends
/// the message to the next routee every interval until a reply arrives.
/// </summary>
internal sealed class FirstReplyRef : ActorRefBase
{
    private readonly TempContainer _container;
    private readonly IActorRef _replyTo;
    private readonly string _routerKind;
    private readonly TimeSpan _within;
    private ITimer? _timeout;
    private ITimer? _chopper;
    private Routee[]? _remaining;
    private object? _message;
    private int _nextRoutee;
    private int _done;

    public FirstReplyRef(ActorSystem system, IActorRef? replyTo, TimeSpan within, string routerKind)
    {
        _container = system.TempContainer;
        _replyTo = replyTo ?? system.DeadLetters;
        _within = within;
        _routerKind = routerKind;
        Path = _container.NextPath();
    }

    public override ActorPath Path { get; }

    public override IInternalActorRef Parent => _container;

    public override bool IsTerminated => Volatile.Read(ref _done) != 0;

    /// <summary>Registers the ref and arms the timeout; call before sending to any routee.</summary>
    public void Start(TimeProvider time)
    {
        _container.Add(this);
        _timeout = time.CreateTimer(static s => ((FirstReplyRef)s!).TimedOut(), this, _within, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Sends to <paramref name="routees"/>[0] now, then to the next one every <paramref name="interval"/> until a reply.</summary>
    public void StartChopping(TimeProvider time, Routee[] routees, object message, TimeSpan interval)
    {
        _remaining = routees;
        _message = message;
        _nextRoutee = 1;
        routees[0].Send(message, this);
        if (routees.Length > 1)
        {
            _chopper = time.CreateTimer(static s => ((FirstReplyRef)s!).SendNext(), this, interval, interval);
        }
    }

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (TryComplete())
        {
            _replyTo.Tell(message, sender);
        }
    }

    private void SendNext()
    {
        var routees = _remaining;
        var i = Interlocked.Increment(ref _nextRoutee) - 1;
        if (routees is null || IsTerminated || i >= routees.Length)
        {
            _chopper?.Dispose();
            return;
        }

        routees[i].Send(_message!, this);
    }

    private void TimedOut()
    {
        if (TryComplete())
        {
            _replyTo.Tell(new Status.Failure(new AskTimeoutException(
                $"{_routerKind} router got no reply within {_within.TotalMilliseconds:0} ms.")), null);
        }
    }

    private bool TryComplete()
    {
        if (Interlocked.Exchange(ref _done, 1) != 0)
        {
            return false;
        }

        _timeout?.Dispose();
        _chopper?.Dispose();
        _container.Remove(this);
        _remaining = null;
        _message = null;
        return true;
    }
}
