namespace Flow.Actors;

internal sealed partial class ActorCell
{
    /// <summary>Processes one system message. Called by the mailbox only; never throws.</summary>
    public void SystemInvoke(SystemMessage message)
    {
        var previous = t_current;
        t_current = this;
        try
        {
            switch (message)
            {
                case Create:
                    CreateActor();
                    break;
                case Terminate:
                    BeginTerminate();
                    break;
                case Watch w:
                    AddWatcher(w.Watchee, w.Watcher);
                    break;
                case Unwatch u:
                    RemoveWatcher(u.Watchee, u.Watcher);
                    break;
                case DeathWatchNotification n:
                    HandleDeathWatchNotification(n);
                    break;
                case Failed f:
                    HandleChildFailed(f);
                    break;
                case Suspend:
                    SuspendSelfAndChildren();
                    break;
                case Resume r:
                    ResumeSelfAndChildren(r.CausedByFailure);
                    break;
                case Recreate r:
                    FaultRecreate(r.Cause);
                    break;
                case RunContinuation c:
                    RunContinuation(c);
                    break;
                case AsyncReceiveCompleted a:
                    CompleteAsyncReceive(a.Task);
                    break;
            }
        }
        catch (Exception e)
        {
            HandleInvokeFailure(e);
        }
        finally
        {
            t_current = previous;
        }
    }

    /// <summary>
    /// Answers a system message that reached a closed mailbox: a watch of a dead actor is answered with its
    /// death at once. Runs on any thread; touches no cell state.
    /// </summary>
    public void HandleDeadSystemMessage(SystemMessage message)
    {
        if (message is Watch w && !w.Watcher.Equals(Self))
        {
            w.Watcher.SendSystemMessage(new DeathWatchNotification(Self, existenceConfirmed: true, addressTerminated: false));
        }
        else if (message is Failed f)
        {
            // A child failed while its parent was stopping: the child is stopped with its parent.
            f.Child.Stop();
        }
    }
}
