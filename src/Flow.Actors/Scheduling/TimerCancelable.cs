using Microsoft.Extensions.Logging;

namespace Flow.Actors;

/// <summary>A timer-backed job; a one-shot job disposes its timer after running.</summary>
internal sealed class TimerCancelable(Action action, bool once, ILogger log) : ICancelable
{
    private ITimer? _timer;
    private volatile bool _cancelled;
    private int _fired;

    public bool IsCancellationRequested => _cancelled;

    public void Attach(ITimer timer)
    {
        _timer = timer;
        if (_cancelled)
        {
            timer.Dispose();
        }
    }

    public void Fire()
    {
        if (_cancelled)
        {
            return;
        }

        if (once)
        {
            if (Interlocked.Exchange(ref _fired, 1) != 0)
            {
                return;
            }

            _timer?.Dispose();
        }

        // A timer callback must never throw: on a real timer thread an unhandled exception ends the process.
        try
        {
            action();
        }
        catch (Exception e)
        {
            log.ScheduledJobFailed(e);
        }
    }

    public void Cancel()
    {
        _cancelled = true;
        _timer?.Dispose();
    }
}
