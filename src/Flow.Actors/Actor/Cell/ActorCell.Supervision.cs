using Flow.Actors.Supervision;

namespace Flow.Actors;

internal sealed partial class ActorCell
{
    private void HandleChildFailed(Failed failed)
    {
        if (_isTerminating)
        {
            return;
        }

        var entry = GetChildEntry(failed.Child);
        if (entry is null || entry.Stopping || entry.Ref.Path.Uid != failed.Uid)
        {
            // A stale failure: the child was already stopped or replaced.
            return;
        }

        var strategy = _actor?.SupervisorStrategyInternal ?? SupervisorStrategy.DefaultStrategy;
        if (!strategy.HandleFailure(this, entry, failed.Cause))
        {
            // Escalate: this actor fails with the child's cause and its own parent decides.
            HandleInvokeFailure(failed.Cause, failed.Child);
        }
    }

    /// <summary>Restarts a child (suspending it first when it is not the one that failed).</summary>
    internal static void RestartChild(IInternalActorRef child, Exception cause, bool suspendFirst)
    {
        if (suspendFirst)
        {
            child.SendSystemMessage(Suspend.Instance);
        }

        child.SendSystemMessage(new Recreate(cause));
    }

    internal void ResumeChild(IInternalActorRef child, Exception cause) => child.SendSystemMessage(new Resume(cause));

    internal void StopChild(IInternalActorRef child) => Stop(child);
}
