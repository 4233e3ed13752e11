namespace Flow.Actors.Supervision;

/// <summary>Applies the decision to the failed child only.</summary>
public sealed class OneForOneStrategy : SupervisorStrategy
{
    /// <summary>A strategy with no retry limit.</summary>
    public OneForOneStrategy(Func<Exception, Directive> decider)
        : this(-1, Timeout.InfiniteTimeSpan, decider)
    {
    }

    /// <summary>A strategy that stops a child restarted more than <paramref name="maxNrOfRetries"/> times within <paramref name="withinTimeRange"/>.</summary>
    public OneForOneStrategy(int maxNrOfRetries, TimeSpan withinTimeRange, Func<Exception, Directive> decider, bool loggingEnabled = true)
        : base(maxNrOfRetries, withinTimeRange, decider, loggingEnabled)
    {
    }

    private protected override void ProcessFailure(ActorCell parent, bool restart, ChildEntry failed, Exception cause)
    {
        if (restart && MayRestart(parent, failed))
        {
            ActorCell.RestartChild(failed.Ref, cause, suspendFirst: false);
        }
        else
        {
            parent.StopChild(failed.Ref);
        }
    }
}
