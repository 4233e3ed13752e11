using Microsoft.Extensions.Logging;

namespace Flow.Actors;

internal sealed partial class ActorCell
{
    private bool _isTerminating;
    private volatile bool _isTerminated;
    private bool _failed;
    private Exception? _pendingRecreate;

    // The message whose processing failed, kept for PreRestart: the current message is cleared as soon as Invoke returns,
    // long before the supervisor's Recreate arrives.
    private object? _failedMessage;

    // The child whose failure this actor escalated: it is suspended (and failed) already, so it is not suspended a
    // second time, and a Resume from above resumes it as the failed one (clearing its failure).
    private IActorRef? _perpetrator;

    /// <summary>Invoked once, after the actor stopped and its watchers were told (guardians use it).</summary>
    public Action? OnTerminated { get; set; }

    public bool IsTerminated => _isTerminated;

    private ActorBase NewActor()
    {
        var previous = t_constructing;
        t_constructing = this;
        try
        {
            var actor = Props.NewActor();
            if (!ReferenceEquals(actor.Cell, this))
            {
                throw new ActorInitializationException($"The factory of {Path} returned an actor that was not created for it; a Props factory must construct a new actor each time.");
            }

            actor.Constructed();
            return actor;
        }
        finally
        {
            t_constructing = previous;
        }
    }

    private void CreateActor()
    {
        try
        {
            ResetBehavior();
            var actor = NewActor();
            _actor = actor;
            StartBehavior(actor);
            actor.AroundPreStart();
        }
        catch (Exception e)
        {
            _actor = null;
            var cause = e as ActorInitializationException
                ?? new ActorInitializationException($"Actor {Path} ({Props.TypeName}) could not be created: {e.GetType().Name}: {e.Message}", e);
            HandleInvokeFailure(cause);
        }
    }

    private void BeginTerminate()
    {
        if (_isTerminating)
        {
            return;
        }

        _isTerminating = true;
        CancelReceiveTimeout();
        _mailbox.Suspend();
        if (!StopAllChildren())
        {
            FinishTerminate();
        }
    }

    private void FinishTerminate()
    {
        var actor = _actor;
        try
        {
            if (actor is not null)
            {
                actor.AroundPostStop();
            }
        }
        catch (Exception e)
        {
            System.Log.PostStopFailed(e, Path);
        }
        finally
        {
            _isTerminated = true;
            DropStash();
            _mailbox.Close();
            TellWatchersWeDied();
            UnwatchWatchedActors();
            Parent.SendSystemMessage(new DeathWatchNotification(Self, existenceConfirmed: true, addressTerminated: false));
            _actor = null;
            _receive = null;
            _behaviorStack = null;
            _pendingAsync = null;
            OnTerminated?.Invoke();
        }
    }

    /// <summary>The current message failed (or a child's failure is escalated): suspend, suspend the children, and ask the parent what to do.</summary>
    public void HandleInvokeFailure(Exception cause, IActorRef? perpetrator = null)
    {
        if (_isTerminating)
        {
            System.Log.FailedWhileStopping(cause, Path);
            return;
        }

        if (_failed)
        {
            return;
        }

        _failed = true;
        _failedMessage = _currentMessage is DeathWatchDelivery delivery ? delivery.Message : _currentMessage;
        _perpetrator = perpetrator;
        EndAsyncReceive();
        _mailbox.Suspend();
        SuspendChildren(except: perpetrator);
        Parent.SendSystemMessage(new Failed(Self, cause, Path.Uid));
    }

    private void SuspendSelfAndChildren()
    {
        _mailbox.Suspend();
        SuspendChildren();
    }

    private void ResumeSelfAndChildren(Exception? causedByFailure)
    {
        if (_isTerminating)
        {
            return;
        }

        if (causedByFailure is not null)
        {
            if (_actor is null)
            {
                // The instance was never created (or its restart failed): there is nothing to resume, so create it (as Akka does).
                FaultRecreate(causedByFailure);
                return;
            }

            _failed = false;
            _failedMessage = null;
        }

        var perpetrator = _perpetrator;
        _perpetrator = null;
        _mailbox.Resume();
        ResumeChildren(perpetrator, causedByFailure);
    }

    /// <summary>Restart: PreRestart on the failed instance, wait for the stopped children, then a new instance.</summary>
    private void FaultRecreate(Exception cause)
    {
        if (_isTerminating)
        {
            return;
        }

        CancelReceiveTimeout();
        EndAsyncReceive();
        var failed = _actor;
        if (failed is not null)
        {
            try
            {
                failed.AroundPreRestart(cause, _failedMessage);
            }
            catch (Exception e)
            {
                System.Log.PreRestartFailed(e, Path);
            }

            UnstashAllForRestart();
        }

        _failedMessage = null;
        _currentMessage = null;
        _currentSender = null;
        if (HasTerminatingChildren)
        {
            _pendingRecreate = cause;
        }
        else
        {
            FinishRecreate(cause);
        }
    }

    private void FinishRecreate(Exception cause)
    {
        _pendingRecreate = null;
        _perpetrator = null;
        var survivors = ChildrenSnapshot();
        _failed = false;
        _mailbox.Resume();
        try
        {
            ResetBehavior();
            var actor = NewActor();
            _actor = actor;
            StartBehavior(actor);
            actor.AroundPostRestart(cause);
        }
        catch (Exception e)
        {
            _actor = null;
            HandleInvokeFailure(e as ActorInitializationException
                ?? new ActorInitializationException($"Actor {Path} ({Props.TypeName}) could not be restarted: {e.GetType().Name}: {e.Message}", e));
            return;
        }

        foreach (var child in survivors)
        {
            child.SendSystemMessage(new Recreate(cause));
        }
    }

    /// <summary>Called when the last stopping child is gone: finish what waited for it.</summary>
    private void OnChildrenStopped()
    {
        if (_isTerminating)
        {
            FinishTerminate();
        }
        else if (_pendingRecreate is { } cause)
        {
            FinishRecreate(cause);
        }
    }
}
