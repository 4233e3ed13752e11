namespace Flow.Actors.Routing;

/// <summary>
/// The ref of a router. An ordinary message is routed on the SENDER's thread, straight into the chosen routee's
/// mailbox (no hop through the router actor). Management messages (<see cref="RouterManagementMessage"/>), auto-received
/// ones (<see cref="PoisonPill"/>, <see cref="Kill"/>) and <see cref="Terminated"/> go to the router actor's mailbox,
/// and so do system messages. Equal to the router actor's own ref (same path and uid).
/// </summary>
internal sealed class RoutedActorRef : ActorRefBase, ISystemBound
{
    private readonly Resizer? _resizer;
    private LocalActorRef _cell = null!;
    private volatile Router _router;
    private long _resizeCounter;
    private int _resizeInProgress;

    public RoutedActorRef(ActorSystem system, ActorPath path, Router router, Resizer? resizer)
    {
        System = system;
        Path = path;
        _router = router;
        _resizer = resizer;
    }

    public ActorSystem System { get; }

    public override ActorPath Path { get; }

    /// <summary>The router actor. Set once by the factory, before the ref is handed out.</summary>
    public LocalActorRef Cell => _cell;

    /// <summary>The published logic and routees; written by the router actor only.</summary>
    public Router Router
    {
        get => _router;
        set => _router = value;
    }

    public override IInternalActorRef Parent => _cell.Parent;

    public override bool IsTerminated => _cell.IsTerminated;

    public void Attach(LocalActorRef cell) => _cell = cell;

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message is AutoReceivedMessage or RouterManagementMessage or Terminated)
        {
            if (message is Identify identify && !_cell.IsTerminated)
            {
                // Answer with this ref, not the router actor's, so that whoever resolves the router keeps the fast path.
                sender?.Tell(new ActorIdentity(identify.MessageId, this), this);
                return;
            }

            _cell.Tell(message, sender);
            return;
        }

        if (_cell.IsTerminated)
        {
            System.DeadLettersRef.Deliver(message, sender, this, "the router is stopped");
            return;
        }

        Route(message, sender);
        if (_resizer is not null)
        {
            CheckResize(_resizer);
        }
    }

    /// <summary>Routes an ordinary message with the published routees. Any thread.</summary>
    public void Route(object message, IActorRef? sender)
    {
        var router = _router;
        if (message is Broadcast broadcast)
        {
            var all = router.Routees;
            if (all.Length == 0)
            {
                DeadLetter(broadcast.Message, sender);
                return;
            }

            foreach (var routee in all)
            {
                routee.Send(broadcast.Message, sender);
            }

            return;
        }

        var target = router.Logic.Select(message, router.Routees);
        var payload = message is RouterEnvelope envelope ? envelope.Message : message;
        if (ReferenceEquals(target, NoRoutee.Instance))
        {
            DeadLetter(payload, sender);
            return;
        }

        target.Send(payload, sender);
    }

    /// <summary>Called by the router actor when a requested resize is done.</summary>
    public void ResizeDone() => Volatile.Write(ref _resizeInProgress, 0);

    public override void SendSystemMessage(SystemMessage message) => _cell.SendSystemMessage(message);

    public override IInternalActorRef? GetChild(string name) => _cell.GetChild(name);

    public override void Stop() => _cell.Stop();

    // Counted after routing, so that the pressure the router measures includes the message that triggered the resize.
    private void CheckResize(Resizer resizer)
    {
        var n = Interlocked.Increment(ref _resizeCounter);
        if (resizer.IsTimeForResize(n) && Interlocked.CompareExchange(ref _resizeInProgress, 1, 0) == 0)
        {
            _cell.Tell(ResizeRequest.Instance, null);
        }
    }

    private void DeadLetter(object message, IActorRef? sender) =>
        System.DeadLettersRef.Deliver(message, sender, this, "the router has no routee for it");
}
