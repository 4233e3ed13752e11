namespace Flow.Actors.Supervision;

/// <summary>
/// Counts a child's restarts within a time window, to enforce a strategy's <c>maxNrOfRetries</c> /
/// <c>withinTimeRange</c>. Touched only by the parent's thread.
/// </summary>
internal sealed class ChildRestartStats
{
    private int _restarts;
    private long _windowStart;

    public int Restarts => _restarts;

    /// <summary>
    /// Records a restart request and says whether it is allowed. <paramref name="maxNrOfRetries"/> below 0 means no
    /// limit, 0 means never restart; a window of zero or less (or infinite) means the count never resets.
    /// </summary>
    public bool RequestRestartPermission(int maxNrOfRetries, TimeSpan withinTimeRange, long now, TimeProvider time)
    {
        if (maxNrOfRetries < 0)
        {
            return true;
        }

        if (maxNrOfRetries == 0)
        {
            return false;
        }

        var windowed = withinTimeRange > TimeSpan.Zero && withinTimeRange != Timeout.InfiniteTimeSpan;
        if (!windowed)
        {
            _restarts++;
            return _restarts <= maxNrOfRetries;
        }

        if (_restarts == 0 || time.GetElapsedTime(_windowStart, now) > withinTimeRange)
        {
            _windowStart = now;
            _restarts = 1;
            return true;
        }

        _restarts++;
        return _restarts <= maxNrOfRetries;
    }
}
