using Flow.Actors.Dispatch;

namespace Flow.Actors;

/// <summary>A ref to an actor in this process: a tell is an enqueue into its mailbox.</summary>
internal sealed class LocalActorRef : ActorRefBase
{
    private readonly Mailbox _mailbox;

    public LocalActorRef(ActorCell cell, Mailbox mailbox)
    {
        Cell = cell;
        _mailbox = mailbox;
    }

    public ActorCell Cell { get; }

    public override ActorPath Path => Cell.Path;

    public override IInternalActorRef Parent => Cell.Parent;

    public override bool IsTerminated => Cell.IsTerminated;

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        _mailbox.Post(message, sender);
    }

    public override void SendSystemMessage(SystemMessage message) => _mailbox.PostSystem(message);

    public override IInternalActorRef? GetChild(string name) => Cell.GetChildRef(name);

    public override void Stop() => _mailbox.PostSystem(Terminate.Instance);
}
