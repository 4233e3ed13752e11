using System.Collections.Concurrent;

namespace Flow.Actors.Dispatch;

/// <summary>
/// An actor's two queues (system and user messages) and the thread-pool work item that drains them.
/// At most one thread runs a mailbox at a time (the <see cref="_status"/> CAS), so the actor sees one message at a
/// time; each run first processes every system message, then up to the dispatcher's throughput of user messages.
/// </summary>
internal sealed class Mailbox : IThreadPoolWorkItem
{
    private const int Idle = 0;
    private const int Scheduled = 1;

    private readonly ConcurrentQueue<Envelope> _user = new();
    private readonly ConcurrentQueue<SystemMessage> _system = new();
    private readonly BoundedGate? _gate;
    private readonly Dispatcher _dispatcher;
    private readonly int _throughput;
    private ActorCell _cell = null!;
    private int _status;
    private int _systemHint;
    private volatile bool _closed;

    // Touched only by the thread that runs the mailbox.
    private int _suspendCount;
    private bool _awaitingAsync;
    private LinkedList<Envelope>? _prepended;

    public Mailbox(Dispatcher dispatcher, MailboxSettings settings)
    {
        _dispatcher = dispatcher;
        _throughput = dispatcher.Throughput;
        if (settings.Kind == MailboxKind.Bounded)
        {
            _gate = new BoundedGate(settings);
        }
    }

    public bool IsClosed => _closed;

    /// <summary>User messages waiting (approximate under concurrency).</summary>
    public int Count => _user.Count + (_prepended?.Count ?? 0);

    public bool IsSuspended => _suspendCount != 0;

    internal void Attach(ActorCell cell) => _cell = cell;

    /// <summary>Enqueues a user message; a closed or full mailbox sends it to dead letters instead.</summary>
    public void Post(object message, IActorRef? sender)
    {
        // A receive-timeout tick takes no slot: dropped on a full mailbox it would never re-arm its timer, and with
        // back-pressure it would block the timer's thread.
        if (_gate is not null && message is not ReceiveTimeoutTick && !_gate.TryEnter())
        {
            _cell.System.DeadLettersRef.Deliver(message, sender, _cell.Self, MailboxFullReason());
            return;
        }

        _user.Enqueue(new Envelope(message, sender));

        // Enqueue is a full fence; either the closing thread's drain sees this message or we see _closed.
        if (_closed)
        {
            DrainUserToDeadLetters();
            return;
        }

        TrySchedule();
    }

    /// <summary>Enqueues a system message; a closed mailbox answers it as a dead actor would.</summary>
    public void PostSystem(SystemMessage message)
    {
        _system.Enqueue(message);
        Interlocked.Increment(ref _systemHint);
        if (_closed)
        {
            DrainSystemAsDead();
            return;
        }

        TrySchedule();
    }

    /// <summary>Puts messages back in front of the queue, in their order (used by unstash). Actor thread only.</summary>
    public void Prepend(LinkedList<Envelope> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }

        _prepended ??= new LinkedList<Envelope>();
        for (var node = messages.Last; node is not null; node = node.Previous)
        {
            _prepended.AddFirst(node.Value);
        }
    }

    public void Suspend() => _suspendCount++;

    public void Resume()
    {
        if (_suspendCount > 0)
        {
            _suspendCount--;
        }
    }

    public void BeginAsync() => _awaitingAsync = true;

    public void EndAsync() => _awaitingAsync = false;

    /// <summary>Closes the mailbox for good: every waiting and later message goes to dead letters.</summary>
    public void Close()
    {
        _closed = true;

        // Same handshake as Post (enqueue, then read _closed): the flag must be visible before the drains read the
        // queues, or a message enqueued meanwhile is neither drained here nor by its sender, and vanishes.
        Interlocked.MemoryBarrier();
        if (_prepended is not null)
        {
            foreach (var envelope in _prepended)
            {
                _cell.System.DeadLettersRef.Deliver(envelope.Message, envelope.Sender, _cell.Self);
            }

            _prepended = null;
        }

        DrainUserToDeadLetters();
        DrainSystemAsDead();
    }

    void IThreadPoolWorkItem.Execute()
    {
        if (_closed)
        {
            return;
        }

        var cell = _cell;
        ProcessSystemMessages(cell);
        for (var left = _throughput; left > 0 && !_closed; left--)
        {
            if (Volatile.Read(ref _systemHint) != 0)
            {
                ProcessSystemMessages(cell);
                if (_closed)
                {
                    break;
                }
            }

            if (_suspendCount != 0 || _awaitingAsync)
            {
                break;
            }

            Envelope envelope;
            if (_prepended is { Count: > 0 } prepended)
            {
                envelope = prepended.First!.Value;
                prepended.RemoveFirst();
            }
            else if (_user.TryDequeue(out envelope))
            {
                ExitGate(envelope.Message);
            }
            else
            {
                break;
            }

            cell.Invoke(envelope);
        }

        // A full fence, not a release store: the idle status must be visible before HasWork reads the queues.
        // With a plain volatile write the queue read can move ahead of the store, and a sender that enqueues in
        // between sees Scheduled while we see empty queues: nobody schedules and the message waits forever.
        Interlocked.Exchange(ref _status, Idle);
        if (!_closed && HasWork())
        {
            TrySchedule();
        }
    }

    private bool HasWork() =>
        !_system.IsEmpty || (_suspendCount == 0 && !_awaitingAsync && (!_user.IsEmpty || _prepended is { Count: > 0 }));

    private void TrySchedule()
    {
        if (Volatile.Read(ref _status) == Idle && Interlocked.CompareExchange(ref _status, Scheduled, Idle) == Idle)
        {
            _dispatcher.Schedule(this);
        }
    }

    private void ProcessSystemMessages(ActorCell cell)
    {
        while (!_closed && _system.TryDequeue(out var message))
        {
            Interlocked.Decrement(ref _systemHint);
            cell.SystemInvoke(message);
        }
    }

    private void DrainUserToDeadLetters()
    {
        var deadLetters = _cell.System.DeadLettersRef;
        while (_user.TryDequeue(out var envelope))
        {
            ExitGate(envelope.Message);
            deadLetters.Deliver(envelope.Message, envelope.Sender, _cell.Self);
        }
    }

    private void DrainSystemAsDead()
    {
        while (_system.TryDequeue(out var message))
        {
            Interlocked.Decrement(ref _systemHint);
            _cell.HandleDeadSystemMessage(message);
        }
    }

    private void ExitGate(object message)
    {
        if (_gate is not null && message is not ReceiveTimeoutTick)
        {
            _gate.Exit();
        }
    }

    private string MailboxFullReason() =>
        _gate!.PushTimeout > TimeSpan.Zero
            ? $"mailbox full (capacity {_gate.Capacity}, waited {_gate.PushTimeout.TotalMilliseconds:0} ms)"
            : $"mailbox full (capacity {_gate.Capacity})";
}
