namespace Flow.Actors.Supervision;

/// <summary>The actor behind <see cref="BackoffSupervisor"/>.</summary>
internal sealed class BackoffSupervisorActor(BackoffOptions options) : ActorBase
{
    private IActorRef? _child;
    private int _restartCount;
    private bool _childFailed;
    private ICancelable? _reset;

    protected override void PreStart() => StartChildNow();

    protected override void PostStop() => _reset?.Cancel();

    // OnFailure: a failure stops the child and the back-off restarts it. OnStop: failures are handled as by the
    // default strategy (restart at once); only a stop triggers the back-off.
    protected override SupervisorStrategy SupervisorStrategy() =>
        new OneForOneStrategy(-1, Timeout.InfiniteTimeSpan, cause =>
        {
            var directive = options.Mode == BackoffMode.OnFailure ? Directive.Stop : Supervision.SupervisorStrategy.DefaultDecider(cause);
            _childFailed |= directive == Directive.Stop;
            return directive;
        });

    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case Terminated t when t.ActorRef.Equals(_child):
                OnChildStopped();
                return true;
            case StartChild:
                StartChildNow();
                return true;
            case ResetIfStillRunning r:
                if (r.Child.Equals(_child))
                {
                    _restartCount = 0;
                }

                return true;
            case GetCurrentChild:
                Sender.Tell(new CurrentChild(_child), Self);
                return true;
            case GetRestartCount:
                Sender.Tell(new RestartCount(_restartCount), Self);
                return true;
            case ResetBackoff:
                _restartCount = 0;
                return true;
            default:
                if (_child is not null)
                {
                    _child.Tell(message, Context.Sender);
                }
                else
                {
                    Context.System.DeadLetters.Tell(new DeadLetter(message, Context.Sender, Self), Context.Sender);
                }

                return true;
        }
    }

    private void OnChildStopped()
    {
        _child = null;
        _reset?.Cancel();
        var failed = _childFailed;
        _childFailed = false;
        if (options.Mode == BackoffMode.OnFailure && !failed)
        {
            Context.Stop(Self);
            return;
        }

        if (options.MaxNrOfRetries >= 0 && _restartCount >= options.MaxNrOfRetries)
        {
            Context.Stop(Self);
            return;
        }

        var delay = BackoffDelay.Compute(_restartCount, options.MinBackoff, options.MaxBackoff, options.RandomFactor, Random.Shared.NextDouble());
        _restartCount++;
        Context.System.Scheduler.ScheduleTellOnce(delay, Self, StartChild.Instance, Self);
    }

    private void StartChildNow()
    {
        if (_child is not null)
        {
            return;
        }

        _child = Context.Watch(Context.ActorOf(options.ChildProps, options.ChildName));
        _reset = Context.System.Scheduler.ScheduleTellOnce(options.ResetBackoff, Self, new ResetIfStillRunning(_child), Self);
    }
}
