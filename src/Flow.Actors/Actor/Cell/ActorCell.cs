using Flow.Actors.Dispatch;

namespace Flow.Actors;

/// <summary>
/// The runtime side of one actor: its mailbox, current message, children, watchers, behaviours and lifecycle.
/// Everything but the children map is touched only by the thread that runs the mailbox.
/// </summary>
internal sealed partial class ActorCell : IActorContext
{
    [ThreadStatic]
    private static ActorCell? t_current;

    [ThreadStatic]
    private static ActorCell? t_constructing;

    private readonly Mailbox _mailbox;
    private ActorBase? _actor;
    private Receive? _receive;
    private List<Receive>? _behaviorStack;
    private object? _currentMessage;
    private IActorRef? _currentSender;

    public ActorCell(ActorSystem system, ActorPath path, Props props, Dispatcher dispatcher, MailboxSettings mailbox, IInternalActorRef parent)
    {
        System = system;
        Path = path;
        Props = props;
        Dispatcher = dispatcher;
        Parent = parent;
        _mailbox = new Mailbox(dispatcher, mailbox);
        _mailbox.Attach(this);
        Self = new LocalActorRef(this, _mailbox);
    }

    /// <summary>The cell whose message the current thread is processing, or <c>null</c>.</summary>
    public static ActorCell? Current => t_current;

    /// <summary>The cell whose actor instance the current thread is constructing.</summary>
    internal static ActorCell? Constructing => t_constructing;

    public ActorSystem System { get; }

    public ActorPath Path { get; }

    public Props Props { get; }

    public Dispatcher Dispatcher { get; }

    public IInternalActorRef Parent { get; }

    public LocalActorRef Self { get; }

    public Mailbox Mailbox => _mailbox;

    public ActorBase? Actor => _actor;

    public object? CurrentMessage => _currentMessage;

    IActorRef IActorContext.Self => Self;

    IActorRef IActorContext.Parent => Parent;

    public IActorRef Sender => _currentSender ?? System.DeadLetters;

    /// <summary>The sender of the current message as sent (null when none).</summary>
    public IActorRef? SenderOrNull => _currentSender;

    /// <summary>Posts <see cref="Create"/>: the cell's first system message.</summary>
    public void Start() => _mailbox.PostSystem(Create.Instance);

    /// <summary>Processes one user message. Called by the mailbox only.</summary>
    public void Invoke(Envelope envelope)
    {
        var previous = t_current;
        t_current = this;
        _currentMessage = envelope.Message;
        _currentSender = envelope.Sender;
        try
        {
            var message = envelope.Message;
            if (message is AutoReceivedMessage auto)
            {
                AutoReceive(auto);
            }
            else if (!_receive!(message))
            {
                _actor!.Unhandled(message);
            }

            if (_receiveTimeout is not null && message is not INotInfluenceReceiveTimeout)
            {
                MarkActivity();
            }
        }
        catch (Exception e)
        {
            HandleInvokeFailure(e);
        }
        finally
        {
            if (_pendingAsync is null)
            {
                _currentMessage = null;
                _currentSender = null;
            }

            t_current = previous;
        }
    }

    /// <summary>Runs the current behaviour on a message (used by auto-received wrappers and receive timeouts).</summary>
    private void ReceiveMessage(object message)
    {
        if (!_receive!(message))
        {
            _actor!.Unhandled(message);
        }
    }

    public void Become(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        if (_behaviorStack is { Count: > 0 })
        {
            _behaviorStack[^1] = receive;
        }
        else
        {
            (_behaviorStack ??= []).Add(receive);
        }

        _receive = receive;
    }

    public void BecomeStacked(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        (_behaviorStack ??= []).Add(receive);
        _receive = receive;
    }

    public void UnbecomeStacked()
    {
        if (_behaviorStack is { Count: > 0 })
        {
            _behaviorStack.RemoveAt(_behaviorStack.Count - 1);
        }

        _receive = _behaviorStack is { Count: > 0 } ? _behaviorStack[^1] : _actor!.InitialBehavior;
    }

    public ActorSelection ActorSelection(string path) => Flow.Actors.ActorSelection.Create(System, Self, path);

    /// <summary>Forgets the behaviours of a previous instance; called before a new instance is constructed.</summary>
    private void ResetBehavior()
    {
        _behaviorStack = null;
        _receive = null;
    }

    /// <summary>A new instance starts with its initial behaviour unless its constructor already called Become.</summary>
    private void StartBehavior(ActorBase actor) => _receive ??= actor.InitialBehavior;

    public override string ToString() => $"ActorCell({Path})";
}
