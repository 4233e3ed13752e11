namespace Flow.Actors;

/// <summary>Tell without an explicit sender, Forward, and Ask.</summary>
public static class ActorRefExtensions
{
    /// <summary>Tells with the current actor as sender (none outside an actor).</summary>
    public static void Tell(this IActorRef receiver, object message) => receiver.Tell(message, ActorCell.Current?.Self);

    /// <summary>Tells with the sender of the message being processed as sender, so that replies go to it.</summary>
    public static void Forward(this IActorRef receiver, object message) => receiver.Tell(message, ActorCell.Current?.SenderOrNull);

    /// <summary>
    /// Sends <paramref name="message"/> and returns the first reply. A <see cref="Status.Failure"/> reply fails the task
    /// with its cause; a reply of another type than <typeparamref name="T"/> fails it with <see cref="InvalidCastException"/>.
    /// Fails with <see cref="AskTimeoutException"/> after <paramref name="timeout"/> (the system's ask timeout by default),
    /// with <see cref="ActorTerminatedException"/> at once when the target is stopped, with
    /// <see cref="ArgumentOutOfRangeException"/> when the timeout is not positive (infinite is allowed), and is canceled with
    /// <paramref name="cancellationToken"/>. Nothing stays registered once the task completes.
    /// </summary>
    public static async Task<T> Ask<T>(this IActorRef receiver, object message, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var reply = await AskCore(receiver, message, timeout, cancellationToken).ConfigureAwait(false);
        return reply switch
        {
            // Checked before the type test: Ask<object> must fail on a Status.Failure too (unless Status is what was asked for).
            Status.Failure failure when !typeof(Status).IsAssignableFrom(typeof(T)) => throw failure.Cause,
            T typed => typed,
            _ => throw new InvalidCastException(
                $"Ask of {receiver.Path} expected a reply of type {typeof(T).Name} but received {reply.GetType().Name}."),
        };
    }

    /// <summary>Sends <paramref name="message"/> and returns the first reply, whatever its type (see <see cref="Ask{T}"/>).</summary>
    public static Task<object> Ask(this IActorRef receiver, object message, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Ask<object>(receiver, message, timeout, cancellationToken);

    private static Task<object> AskCore(IActorRef receiver, object message, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(message);
        var system = SystemOf(receiver);
        if (receiver is IInternalActorRef { IsTerminated: true })
        {
            system?.DeadLettersRef.Deliver(message, null, receiver);
            return Task.FromException<object>(new ActorTerminatedException($"Ask of {receiver.Path} failed: the actor is terminated."));
        }

        if (system is null)
        {
            return Task.FromException<object>(new ArgumentException($"Cannot ask {receiver.Path}: it is not an actor of a running actor system.", nameof(receiver)));
        }

        // Checked before the promise registers itself: a negative due time makes the timer throw, which left the
        // promise behind in /temp for good.
        var wait = timeout ?? system.Settings.AskTimeout;
        if (wait <= TimeSpan.Zero && wait != Timeout.InfiniteTimeSpan)
        {
            return Task.FromException<object>(new ArgumentOutOfRangeException(nameof(timeout), wait, $"Ask of {receiver.Path} needs a positive timeout (or Timeout.InfiniteTimeSpan)."));
        }

        var promise = new PromiseActorRef(system.TempContainer);
        promise.Start(receiver, wait, system.TimeProvider, cancellationToken);
        receiver.Tell(message, promise);
        return promise.Task;
    }

    private static ActorSystem? SystemOf(IActorRef receiver) => receiver switch
    {
        LocalActorRef local => local.Cell.System,
        ISystemBound bound => bound.System,
        _ => ActorCell.Current?.System,
    };
}
