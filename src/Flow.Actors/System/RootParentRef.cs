using Microsoft.Extensions.Logging;

namespace Flow.Actors;

/// <summary>The parent of the root guardian: a sink that logs a root failure and otherwise ignores everything.</summary>
internal sealed class RootParentRef(ActorSystem system, ActorPath path) : ActorRefBase
{
    public override ActorPath Path { get; } = path;

    public override IInternalActorRef Parent => this;

    public override void Tell(object message, IActorRef? sender)
    {
    }

    public override void SendSystemMessage(SystemMessage message)
    {
        if (message is Failed failed)
        {
            system.Log.RootGuardianFailed(failed.Cause);
            failed.Child.Stop();
        }
    }
}
