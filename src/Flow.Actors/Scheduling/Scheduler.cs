using Microsoft.Extensions.Logging;

namespace Flow.Actors;

/// <summary>The <see cref="IScheduler"/> of an actor system, built on <see cref="TimeProvider"/> timers.</summary>
internal sealed class Scheduler(TimeProvider time, ILogger log) : IScheduler
{
    public ICancelable ScheduleTellOnce(TimeSpan delay, IActorRef receiver, object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(message);
        return ScheduleOnce(delay, () => receiver.Tell(message, sender));
    }

    public ICancelable ScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, IActorRef receiver, object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(message);
        return ScheduleRepeatedly(initialDelay, interval, () => receiver.Tell(message, sender));
    }

    public ICancelable ScheduleOnce(TimeSpan delay, Action action) => Start(delay, Timeout.InfiniteTimeSpan, action);

    public ICancelable ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action)
    {
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "A repeated schedule needs a positive interval.");
        }

        return Start(initialDelay, interval, action);
    }

    private TimerCancelable Start(TimeSpan due, TimeSpan period, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (due < TimeSpan.Zero)
        {
            due = TimeSpan.Zero;
        }

        var job = new TimerCancelable(action, period == Timeout.InfiniteTimeSpan, log);
        job.Attach(time.CreateTimer(static s => ((TimerCancelable)s!).Fire(), job, due, period));
        return job;
    }
}
