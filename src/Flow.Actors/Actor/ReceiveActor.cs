namespace Flow.Actors;

/// <summary>
/// An actor whose behaviour is a list of typed handlers declared in its constructor (<c>Receive&lt;T&gt;</c>,
/// <c>ReceiveAsync&lt;T&gt;</c>, <c>ReceiveAny</c>); the first handler that matches a message handles it.
/// </summary>
public abstract class ReceiveActor : ActorBase
{
    private HandlerTable? _building;
    private HandlerTable _current;

    /// <summary>Starts declaring the initial behaviour.</summary>
    protected ReceiveActor()
    {
        _current = new HandlerTable(Cell);
        _building = _current;
    }

    /// <summary>Handles messages of type <typeparamref name="T"/>.</summary>
    protected void Receive<T>(Action<T> handler) => Declare(new SyncReceiveHandler<T>(Checked(handler), null));

    /// <summary>Handles messages of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/>.</summary>
    protected void Receive<T>(Predicate<T> shouldHandle, Action<T> handler) =>
        Declare(new SyncReceiveHandler<T>(Checked(handler), Checked(shouldHandle)));

    /// <summary>Handles messages of type <typeparamref name="T"/>; the function returns whether it handled the message.</summary>
    protected void Receive<T>(Func<T, bool> handler) => Declare(new FuncReceiveHandler<T>(Checked(handler)));

    /// <summary>
    /// Handles messages of type <typeparamref name="T"/> asynchronously: awaits resume inside the actor, and the
    /// actor takes its next message only when the task completes. A faulted task fails the actor.
    /// </summary>
    protected void ReceiveAsync<T>(Func<T, Task> handler, Predicate<T>? shouldHandle = null) =>
        Declare(new AsyncReceiveHandler<T>(Checked(handler), shouldHandle));

    /// <summary>Handles every message that no earlier handler took.</summary>
    protected void ReceiveAny(Action<object> handler) => Declare(new SyncReceiveHandler<object>(Checked(handler), null));

    /// <summary>Handles every message that no earlier handler took, asynchronously.</summary>
    protected void ReceiveAnyAsync(Func<object, Task> handler) => Declare(new AsyncReceiveHandler<object>(Checked(handler), null));

    /// <summary>Replaces the behaviour with the handlers that <paramref name="configure"/> declares.</summary>
    protected void Become(Action configure) => Context.Become(Build(configure).Handle);

    /// <summary>Pushes the behaviour that <paramref name="configure"/> declares; <see cref="UnbecomeStacked"/> pops it.</summary>
    protected void BecomeStacked(Action configure) => Context.BecomeStacked(Build(configure).Handle);

    /// <summary>Returns to the behaviour before the last <see cref="BecomeStacked"/>.</summary>
    protected void UnbecomeStacked() => Context.UnbecomeStacked();

    /// <inheritdoc />
    protected internal sealed override bool Receive(object message) => _current.Handle(message);

    // Declaring ends with the constructor, also when it switched behaviour with Become (then the initial behaviour's
    // Receive, which used to close declaring on the first message, may never run).
    internal sealed override void Constructed() => _building = null;

    private HandlerTable Build(Action configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var table = new HandlerTable(Cell);
        var previous = _building;
        _building = table;
        try
        {
            configure();
        }
        finally
        {
            _building = previous;
        }

        return table;
    }

    private void Declare(ReceiveHandler handler)
    {
        if (_building is null)
        {
            throw new InvalidOperationException(
                $"{GetType().Name}: handlers are declared in the constructor or inside Become(...), not while processing messages.");
        }

        _building.Add(handler);
    }

    private static T Checked<T>(T value)
        where T : class => value ?? throw new ArgumentNullException(nameof(value));
}
