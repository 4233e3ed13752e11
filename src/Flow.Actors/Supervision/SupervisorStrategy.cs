using Microsoft.Extensions.Logging;

namespace Flow.Actors.Supervision;

/// <summary>
/// Decides, for a failed child, whether to resume, restart, stop it or escalate; and whether the decision applies
/// to that child only (<see cref="OneForOneStrategy"/>) or to all its siblings (<see cref="AllForOneStrategy"/>).
/// Restarts beyond <see cref="MaxNrOfRetries"/> within <see cref="WithinTimeRange"/> stop the child instead.
/// </summary>
public abstract class SupervisorStrategy
{
    /// <summary>Creates a strategy.</summary>
    /// <param name="maxNrOfRetries">Restarts allowed per child within the window; -1 for no limit, 0 for none.</param>
    /// <param name="withinTimeRange">The window; zero or infinite for a window that never resets.</param>
    /// <param name="decider">Maps a failure to a directive.</param>
    /// <param name="loggingEnabled">Log each failure handled (Escalate is logged by the supervisor above).</param>
    protected SupervisorStrategy(int maxNrOfRetries, TimeSpan withinTimeRange, Func<Exception, Directive> decider, bool loggingEnabled)
    {
        ArgumentNullException.ThrowIfNull(decider);
        MaxNrOfRetries = maxNrOfRetries;
        WithinTimeRange = withinTimeRange;
        Decider = decider;
        LoggingEnabled = loggingEnabled;
    }

    /// <summary>
    /// The strategy every actor uses unless told otherwise: one-for-one, no retry limit; stop on
    /// <see cref="ActorInitializationException"/>, <see cref="ActorKilledException"/> and
    /// <see cref="DeathPactException"/>, restart on anything else.
    /// </summary>
    public static SupervisorStrategy DefaultStrategy { get; } = new OneForOneStrategy(DefaultDecider);

    /// <summary>A one-for-one strategy that stops every failing child.</summary>
    public static SupervisorStrategy StoppingStrategy { get; } = new OneForOneStrategy(static _ => Directive.Stop);

    /// <summary>Restarts allowed per child within <see cref="WithinTimeRange"/>; -1 for no limit.</summary>
    public int MaxNrOfRetries { get; }

    /// <summary>The window for <see cref="MaxNrOfRetries"/>.</summary>
    public TimeSpan WithinTimeRange { get; }

    /// <summary>Maps a failure to a directive.</summary>
    public Func<Exception, Directive> Decider { get; }

    /// <summary>Whether handled failures are logged.</summary>
    public bool LoggingEnabled { get; }

    /// <summary>The default decider (see <see cref="DefaultStrategy"/>).</summary>
    public static Directive DefaultDecider(Exception cause) => cause switch
    {
        ActorInitializationException => Directive.Stop,
        ActorKilledException => Directive.Stop,
        DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    };

    /// <summary>Applies the decision; false means escalate.</summary>
    internal bool HandleFailure(ActorCell parent, ChildEntry failed, Exception cause)
    {
        var directive = Decider(cause);
        if (LoggingEnabled && directive != Directive.Escalate)
        {
            LogFailure(parent, failed.Ref, cause, directive);
        }

        switch (directive)
        {
            case Directive.Resume:
                parent.ResumeChild(failed.Ref, cause);
                return true;
            case Directive.Restart:
                ProcessFailure(parent, restart: true, failed, cause);
                return true;
            case Directive.Stop:
                ProcessFailure(parent, restart: false, failed, cause);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Restarts (or stops) the failed child, or all children, as the strategy says.</summary>
    private protected abstract void ProcessFailure(ActorCell parent, bool restart, ChildEntry failed, Exception cause);

    private protected bool MayRestart(ActorCell parent, ChildEntry child)
    {
        var time = parent.System.TimeProvider;
        return child.Stats.RequestRestartPermission(MaxNrOfRetries, WithinTimeRange, time.GetTimestamp(), time);
    }

    private static void LogFailure(ActorCell parent, IActorRef child, Exception cause, Directive directive)
    {
        var level = directive == Directive.Resume ? LogLevel.Warning : LogLevel.Error;
        parent.System.Log.ChildFailed(level, cause, child.Path, cause.GetType().Name, cause.Message, directive);
    }
}
