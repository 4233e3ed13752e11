namespace Flow.Actors.Remote;

/// <summary>
/// What an inbound path resolves to when no such local actor (or incarnation) exists: messages go to dead letters,
/// and a watch is answered at once with a death notification (existence not confirmed).
/// </summary>
internal sealed class MissingActorRef(ActorSystem system, ActorPath path) : ActorRefBase
{
    public override ActorPath Path { get; } = path;

    public override IInternalActorRef Parent => system.RootGuardian;

    public override bool IsTerminated => true;

    public override void Tell(object message, IActorRef? sender) =>
        system.DeadLettersRef.Deliver(message, sender, this, $"no actor at {Path} (uid {Path.Uid})");

    public override void SendSystemMessage(SystemMessage message)
    {
        if (message is Watch w)
        {
            w.Watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: false, addressTerminated: false));
        }
    }
}
