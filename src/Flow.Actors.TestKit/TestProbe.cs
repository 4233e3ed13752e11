using System.Threading.Channels;

namespace Flow.Actors.TestKit;

/// <summary>
/// An actor whose messages a test inspects: send it messages (or make it the sender), then expect what it received,
/// in order. Every expectation waits at most its timeout (default <see cref="TestKitSettings.DefaultTimeout"/>, or
/// what is left of an enclosing Within block) and throws <see cref="TestKitAssertionException"/> when not met.
/// </summary>
public sealed class TestProbe
{
    private readonly Channel<ReceivedMessage> _queue = Channel.CreateUnbounded<ReceivedMessage>(new UnboundedChannelOptions { SingleReader = true });
    private ReceivedMessage? _last;

    /// <summary>Creates a probe in <paramref name="system"/>.</summary>
    public TestProbe(ActorSystem system, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        System = system;
        Ref = system.ActorOf(Props.Create(() => new ProbeActor(_queue.Writer)), name);
    }

    /// <summary>The system the probe lives in.</summary>
    public ActorSystem System { get; }

    /// <summary>The probe's actor.</summary>
    public IActorRef Ref { get; }

    /// <summary>The sender of the last message received (null when none or it had no sender).</summary>
    public IActorRef? LastSender => _last?.Sender;

    /// <summary>The last message received.</summary>
    public object? LastMessage => _last?.Message;

    /// <summary>True when a received message is waiting to be expected.</summary>
    public bool HasMessages => _queue.Reader.TryPeek(out _);

    /// <summary>Tells <paramref name="target"/> with the probe as sender.</summary>
    public void Send(IActorRef target, object message) => target.Tell(message, Ref);

    /// <summary>Replies to the sender of the last message, with the probe as sender.</summary>
    public void Reply(object message) =>
        (LastSender ?? throw new TestKitAssertionException("Reply: the last message had no sender.")).Tell(message, Ref);

    /// <summary>Forwards the last message to <paramref name="target"/>, keeping its original sender.</summary>
    public void Forward(IActorRef target) =>
        target.Tell(_last?.Message ?? throw new TestKitAssertionException("Forward: no message received yet."), _last.Sender);

    /// <summary>
    /// Makes the probe watch <paramref name="subject"/>: a <see cref="Terminated"/> arrives when it stops. Returns once
    /// the watch is established, so that a stop sent afterwards cannot overtake it.
    /// </summary>
    public IActorRef Watch(IActorRef subject)
    {
        Command(new WatchCommand(subject, true));
        return subject;
    }

    /// <summary>
    /// Makes the probe watch <paramref name="subject"/> and completes once the watch is registered with the subject's
    /// mailbox: a stop issued afterwards is seen by this watch in order (use it when the order of Terminated matters).
    /// </summary>
    public async Task<IActorRef> WatchAsync(IActorRef subject, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Ref.Tell(new WatchCommand(subject, true, done), null);
        try
        {
            await done.Task.WaitAsync(Within.Remaining(timeout)).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new TestKitAssertionException($"WatchAsync: the probe did not watch {subject.Path} in time.", e);
        }

        return subject;
    }

    /// <summary>Stops watching <paramref name="subject"/>.</summary>
    public IActorRef Unwatch(IActorRef subject)
    {
        Command(new WatchCommand(subject, false));
        return subject;
    }

    // Blocks the caller briefly (microseconds): Akka's Watch returns only once the watch is in place, and so does this.
    private void Command(WatchCommand command)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Ref.Tell(command with { Done = done }, null);
        if (!done.Task.Wait(TestKitSettings.DefaultTimeout))
        {
            throw new TestKitAssertionException($"The probe did not {(command.Watch ? "watch" : "unwatch")} {command.Subject.Path} in time.");
        }
    }

    /// <summary>Receives the next message, or <c>null</c> when none arrives in time.</summary>
    public async Task<ReceivedMessage?> ReceiveOneAsync(TimeSpan? timeout = null)
    {
        var wait = Within.Remaining(timeout);
        if (_queue.Reader.TryRead(out var ready))
        {
            return _last = ready;
        }

        using var cts = new CancellationTokenSource(wait);
        try
        {
            var message = await _queue.Reader.ReadAsync(cts.Token).ConfigureAwait(false);
            return _last = message;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Expects the next message to be a <typeparamref name="T"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(TimeSpan? timeout = null) => ExpectMsgAsync<T>(static _ => true, timeout, null);

    /// <summary>Expects the next message to equal <paramref name="expected"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(T expected, TimeSpan? timeout = null)
        where T : notnull => ExpectMsgAsync<T>(m => Equals(m, expected), timeout, $"equal to {expected}");

    /// <summary>Expects the next message to be a <typeparamref name="T"/> that satisfies <paramref name="predicate"/>.</summary>
    public async Task<T> ExpectMsgAsync<T>(Func<T, bool> predicate, TimeSpan? timeout = null, string? hint = null)
    {
        var wait = Within.Remaining(timeout);
        var received = await ReceiveOneAsync(wait).ConfigureAwait(false)
            ?? throw new TestKitAssertionException($"Timeout ({wait.TotalMilliseconds:0} ms) waiting for a {typeof(T).Name}{Hint(hint)}.");
        if (received.Message is T typed && predicate(typed))
        {
            return typed;
        }

        throw new TestKitAssertionException(
            received.Message is T
                ? $"Expected a {typeof(T).Name}{Hint(hint)} but received {Describe(received.Message)}, which does not match."
                : $"Expected a {typeof(T).Name}{Hint(hint)} but received {Describe(received.Message)}.");
    }

    /// <summary>Expects no message for <paramref name="duration"/> (default <see cref="TestKitSettings.DefaultNoMessageWait"/>).</summary>
    public async Task ExpectNoMsgAsync(TimeSpan? duration = null)
    {
        var received = await ReceiveOneAsync(duration ?? TestKitSettings.DefaultNoMessageWait).ConfigureAwait(false);
        if (received is not null)
        {
            throw new TestKitAssertionException($"Expected no message but received {Describe(received.Message)}.");
        }
    }

    /// <summary>Expects the <see cref="Terminated"/> of <paramref name="target"/> (watch it first).</summary>
    public Task<Terminated> ExpectTerminatedAsync(IActorRef target, TimeSpan? timeout = null) =>
        ExpectMsgAsync<Terminated>(t => t.ActorRef.Equals(target), timeout, $" of {target.Path}");

    /// <summary>Skips messages until one is a <typeparamref name="T"/> that satisfies <paramref name="isTheOne"/>.</summary>
    public async Task<T> FishForMessageAsync<T>(Func<T, bool> isTheOne, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + Within.Remaining(timeout);
        var skipped = new List<string>();
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            var received = left > TimeSpan.Zero ? await ReceiveOneAsync(left).ConfigureAwait(false) : null;
            if (received is null)
            {
                throw new TestKitAssertionException($"Timeout fishing for a {typeof(T).Name}; skipped: [{string.Join(", ", skipped)}].");
            }

            if (received.Message is T typed && isTheOne(typed))
            {
                return typed;
            }

            skipped.Add(Describe(received.Message));
        }
    }

    /// <summary>Receives exactly <paramref name="count"/> messages, in order.</summary>
    public async Task<IReadOnlyList<object>> ReceiveNAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + Within.Remaining(timeout);
        var messages = new List<object>(count);
        while (messages.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            var received = left > TimeSpan.Zero ? await ReceiveOneAsync(left).ConfigureAwait(false) : null;
            messages.Add(received?.Message ?? throw new TestKitAssertionException($"Timeout: received {messages.Count} of {count} messages."));
        }

        return messages;
    }

    /// <summary>Expects the next messages to be exactly <paramref name="expected"/>, in any order.</summary>
    public async Task ExpectMsgAllOfAsync(IReadOnlyCollection<object> expected, TimeSpan? timeout = null)
    {
        var received = await ReceiveNAsync(expected.Count, timeout).ConfigureAwait(false);
        var missing = expected.ToList();
        foreach (var m in received)
        {
            var i = missing.FindIndex(e => Equals(e, m));
            if (i < 0)
            {
                throw new TestKitAssertionException($"Received unexpected {Describe(m)}; expected all of [{string.Join(", ", expected)}].");
            }

            missing.RemoveAt(i);
        }
    }

    private static string Hint(string? hint) => hint is null ? string.Empty : " " + hint;

    private static string Describe(object message) => $"{message.GetType().Name} ({message})";
}
