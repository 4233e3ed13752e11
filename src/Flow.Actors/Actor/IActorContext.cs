using Flow.Actors.Dispatch;

namespace Flow.Actors;

/// <summary>
/// What an actor can see and do about itself. Valid only on the actor's own thread, while it processes a message
/// or runs a lifecycle hook; never capture it into another thread.
/// </summary>
public interface IActorContext
{
    /// <summary>The actor's own ref.</summary>
    IActorRef Self { get; }

    /// <summary>The sender of the message being processed (dead letters when there is none).</summary>
    IActorRef Sender { get; }

    /// <summary>The actor's parent.</summary>
    IActorRef Parent { get; }

    /// <summary>The actor system the actor lives in.</summary>
    ActorSystem System { get; }

    /// <summary>The Props the actor was created from.</summary>
    Props Props { get; }

    /// <summary>The dispatcher that runs the actor.</summary>
    Dispatcher Dispatcher { get; }

    /// <summary>A snapshot of the actor's live children.</summary>
    IReadOnlyList<IActorRef> Children { get; }

    /// <summary>The receive timeout in force, or <c>null</c>.</summary>
    TimeSpan? ReceiveTimeout { get; }

    /// <summary>The child with the given name, or <c>null</c>.</summary>
    IActorRef? Child(string name);

    /// <summary>Creates and starts a child actor; its ref is usable at once.</summary>
    /// <exception cref="InvalidActorNameException">The name is invalid or taken.</exception>
    /// <exception cref="ArgumentException">The Props cannot create an actor (the message names the type).</exception>
    IActorRef ActorOf(Props props, string? name = null);

    /// <summary>Stops a child (or the actor itself) asynchronously; its watchers then receive <see cref="Terminated"/>.</summary>
    void Stop(IActorRef actor);

    /// <summary>Watches <paramref name="subject"/>: a <see cref="Terminated"/> arrives exactly once when it stops.</summary>
    IActorRef Watch(IActorRef subject);

    /// <summary>Watches <paramref name="subject"/> and receives <paramref name="message"/> instead of <see cref="Terminated"/>.</summary>
    IActorRef WatchWith(IActorRef subject, object message);

    /// <summary>Stops watching; a <see cref="Terminated"/> not yet processed is dropped.</summary>
    IActorRef Unwatch(IActorRef subject);

    /// <summary>Replaces the current behaviour.</summary>
    void Become(Receive receive);

    /// <summary>Pushes a behaviour; <see cref="UnbecomeStacked"/> returns to the previous one.</summary>
    void BecomeStacked(Receive receive);

    /// <summary>Pops the behaviour pushed last (the initial behaviour is never popped).</summary>
    void UnbecomeStacked();

    /// <summary>Sets (or with <c>null</c> clears) the time without messages after which <see cref="Flow.Actors.ReceiveTimeout"/> arrives.</summary>
    void SetReceiveTimeout(TimeSpan? timeout);

    /// <summary>Selects actors by path, relative to this actor or absolute (<c>/user/a</c>, <c>flow://sys/user/a</c>).</summary>
    ActorSelection ActorSelection(string path);
}
