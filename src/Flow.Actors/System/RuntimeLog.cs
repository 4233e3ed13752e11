using Microsoft.Extensions.Logging;

namespace Flow.Actors;

/// <summary>The runtime's log events (source-generated: no formatting or boxing unless the level is enabled).</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "PostStop of {Path} threw; the actor is stopped anyway")]
    public static partial void PostStopFailed(this ILogger logger, Exception exception, ActorPath path);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "{Path} failed while stopping; the failure is not escalated")]
    public static partial void FailedWhileStopping(this ILogger logger, Exception exception, ActorPath path);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "PreRestart of {Path} threw; the restart goes on")]
    public static partial void PreRestartFailed(this ILogger logger, Exception exception, ActorPath path);

    [LoggerMessage(EventId = 1004, Message = "{Child} failed ({Cause}: {Reason}); supervisor decided {Directive}")]
    public static partial void ChildFailed(this ILogger logger, LogLevel level, Exception exception, ActorPath child, string cause, string reason, Supervision.Directive directive);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Critical, Message = "The root guardian failed; the actor system terminates")]
    public static partial void RootGuardianFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Message {MessageType} from {Sender} to {Recipient} was not delivered{Reason}. [{Count}] dead letters so far{Suppressed}")]
    public static partial void DeadLetter(this ILogger logger, string messageType, string sender, ActorPath recipient, string reason, long count, string suppressed);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Error, Message = "A scheduled job threw; the scheduler goes on")]
    public static partial void ScheduledJobFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Error, Message = "An event stream subscriber threw on {EventType}; the event still reached the other subscribers")]
    public static partial void SubscriberFailed(this ILogger logger, Exception exception, string eventType);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Error, Message = "Coordinated shutdown phase '{Phase}' failed; the remaining phases are skipped")]
    public static partial void ShutdownPhaseFailed(this ILogger logger, string phase);

    [LoggerMessage(EventId = 1041, Level = LogLevel.Warning, Message = "Coordinated shutdown phase '{Phase}' timed out after {Timeout}")]
    public static partial void ShutdownPhaseTimedOut(this ILogger logger, string phase, TimeSpan timeout);

    [LoggerMessage(EventId = 1042, Level = LogLevel.Error, Message = "Coordinated shutdown task '{Task}' of phase '{Phase}' failed")]
    public static partial void ShutdownTaskFailed(this ILogger logger, Exception exception, string task, string phase);
}
