namespace Flow.Actors.Supervision;

/// <summary>Applies a restart or stop to every child of the supervisor, not only the one that failed.</summary>
public sealed class AllForOneStrategy : SupervisorStrategy
{
    /// <summary>A strategy with no retry limit.</summary>
    public AllForOneStrategy(Func<Exception, Directive> decider)
        : this(-1, Timeout.InfiniteTimeSpan, decider)
    {
    }

    /// <summary>A strategy that stops all children once the failed one was restarted more than <paramref name="maxNrOfRetries"/> times within <paramref name="withinTimeRange"/>.</summary>
    public AllForOneStrategy(int maxNrOfRetries, TimeSpan withinTimeRange, Func<Exception, Directive> decider, bool loggingEnabled = true)
        : base(maxNrOfRetries, withinTimeRange, decider, loggingEnabled)
    {
    }

    private protected override void ProcessFailure(ActorCell parent, bool restart, ChildEntry failed, Exception cause)
    {
        var siblings = parent.ChildEntriesSnapshot();
        if (restart && MayRestart(parent, failed))
        {
            foreach (var entry in siblings)
            {
                if (!entry.Stopping)
                {
                    ActorCell.RestartChild(entry.Ref, cause, suspendFirst: !ReferenceEquals(entry, failed));
                }
            }
        }
        else
        {
            foreach (var entry in siblings)
            {
                parent.StopChild(entry.Ref);
            }
        }
    }
}
