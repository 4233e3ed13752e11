using Flow.Actors.Supervision;
using Microsoft.Extensions.Logging;

namespace Flow.Actors;

/// <summary>
/// The base of every actor. An instance is created only by the runtime (through <see cref="Props"/> and
/// <c>ActorOf</c>), processes one message at a time on a thread-pool thread, and owns its state: nothing else
/// may touch it. Exceptions thrown while processing go to the parent's supervisor strategy.
/// </summary>
public abstract class ActorBase
{
    private readonly ActorCell _cell;
    private ILogger? _log;
    private IStash? _stash;
    private Receive? _initialBehavior;

    /// <summary>Binds the instance to the actor cell that is creating it.</summary>
    /// <exception cref="ActorInitializationException">The actor was constructed with <c>new</c> instead of through Props.</exception>
    protected ActorBase()
    {
        _cell = ActorCell.Constructing
            ?? throw new ActorInitializationException($"{GetType().FullName} must be created through ActorOf(Props), not with 'new'.");
    }

    internal ActorCell Cell => _cell;

    internal Receive InitialBehavior => _initialBehavior ??= Receive;

    internal SupervisorStrategy SupervisorStrategyInternal => SupervisorStrategy();

    /// <summary>The actor's context: self, sender, children, watch, become. Valid only on the actor's thread.</summary>
    protected IActorContext Context => _cell;

    /// <summary>The actor's own ref.</summary>
    protected IActorRef Self => _cell.Self;

    /// <summary>The sender of the message being processed (dead letters when there is none).</summary>
    protected IActorRef Sender => _cell.Sender;

    /// <summary>A logger named after the actor's type.</summary>
    protected ILogger Log => _log ??= _cell.System.LoggerFactory.CreateLogger(GetType());

    /// <summary>The actor's stash: messages set aside now and taken again later (e.g. after a Become).</summary>
    protected IStash Stash => _stash ??= new CellStash(_cell);

    /// <summary>Handles a message; returns false when the message is not handled.</summary>
    protected internal abstract bool Receive(object message);

    /// <summary>
    /// Called for every message the behaviour did not handle. By default an unhandled <see cref="Terminated"/>
    /// raises <see cref="DeathPactException"/>, and anything else is published as <see cref="UnhandledMessage"/>.
    /// </summary>
    protected internal virtual void Unhandled(object message)
    {
        if (message is Terminated terminated)
        {
            throw new DeathPactException($"{Self.Path} watched {terminated.ActorRef.Path} and did not handle its Terminated.");
        }

        _cell.System.EventStream.Publish(new UnhandledMessage(message, _cell.SenderOrNull, Self));
    }

    /// <summary>Runs once after the instance is created, before its first message.</summary>
    protected virtual void PreStart()
    {
    }

    /// <summary>Runs once after the actor stopped; it processes no message afterwards.</summary>
    protected virtual void PostStop()
    {
    }

    /// <summary>Runs on the failed instance before a restart. By default stops every child, then runs <see cref="PostStop"/>.</summary>
    /// <param name="reason">The failure.</param>
    /// <param name="message">The message whose processing failed, if any; it is not processed again.</param>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in Context.Children)
        {
            Context.Stop(child);
        }

        PostStop();
    }

    /// <summary>Runs on the new instance after a restart. By default runs <see cref="PreStart"/>.</summary>
    protected virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>How this actor supervises its children; by default the Props' strategy, else <see cref="Flow.Actors.Supervision.SupervisorStrategy.DefaultStrategy"/>.</summary>
    protected virtual SupervisorStrategy SupervisorStrategy() => _cell.Props.SupervisorStrategy ?? Supervision.SupervisorStrategy.DefaultStrategy;

    /// <summary>Replaces the actor's behaviour (see <see cref="IActorContext.Become"/>).</summary>
    protected void Become(Receive receive) => _cell.Become(receive);

    /// <summary>Sets a receive timeout (see <see cref="IActorContext.SetReceiveTimeout"/>).</summary>
    protected void SetReceiveTimeout(TimeSpan? timeout) => _cell.SetReceiveTimeout(timeout);

    /// <summary>Called by the cell right after the constructor returned, before any hook or message.</summary>
    internal virtual void Constructed()
    {
    }

    internal void AroundPreStart() => PreStart();

    internal void AroundPostStop() => PostStop();

    internal void AroundPreRestart(Exception reason, object? message) => PreRestart(reason, message);

    internal void AroundPostRestart(Exception reason) => PostRestart(reason);
}
