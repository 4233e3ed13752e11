namespace Flow.Actors.Remote.FailureDetection;

/// <summary>
/// The phi-accrual failure detector (Hayashibara et al.; Akka's variant): from the history of heartbeat intervals it
/// computes phi, the suspicion that the peer is gone, which grows with the time since the last heartbeat. The peer
/// counts as available while phi is below the threshold. Time comes from the injected <see cref="TimeProvider"/>.
/// Not thread-safe: one owner calls it (the association, under its lock).
/// </summary>
internal sealed class PhiAccrualFailureDetector
{
    private readonly double _threshold;
    private readonly TimeSpan _minStdDeviation;
    private readonly TimeSpan _acceptableHeartbeatPause;
    private readonly TimeSpan _firstHeartbeatEstimate;
    private readonly TimeProvider _clock;
    private readonly HeartbeatHistory _history;
    private long? _lastTimestamp;

    public PhiAccrualFailureDetector(double threshold, int maxSampleSize, TimeSpan minStdDeviation, TimeSpan acceptableHeartbeatPause, TimeSpan firstHeartbeatEstimate, TimeProvider clock)
    {
        _threshold = threshold;
        _minStdDeviation = minStdDeviation;
        _acceptableHeartbeatPause = acceptableHeartbeatPause;
        _firstHeartbeatEstimate = firstHeartbeatEstimate;
        _clock = clock;
        _history = new HeartbeatHistory(maxSampleSize);
    }

    /// <summary>True once a first heartbeat was recorded (an unmonitored peer is always available).</summary>
    public bool IsMonitoring => _lastTimestamp is not null;

    /// <summary>Records a heartbeat arriving now.</summary>
    public void Heartbeat()
    {
        var now = _clock.GetTimestamp();
        if (_lastTimestamp is { } last)
        {
            _history.Add(_clock.GetElapsedTime(last, now).TotalMilliseconds);
        }
        else
        {
            // Seed the history so that the first real interval is judged against a plausible distribution.
            var mean = _firstHeartbeatEstimate.TotalMilliseconds;
            var deviation = mean / 4;
            _history.Add(mean - deviation);
            _history.Add(mean + deviation);
        }

        _lastTimestamp = now;
    }

    /// <summary>Forgets everything (a new incarnation or a lost peer).</summary>
    public void Reset()
    {
        _history.Clear();
        _lastTimestamp = null;
    }

    /// <summary>Phi now: 0 when not monitoring; above the threshold means the peer is considered lost.</summary>
    public double Phi()
    {
        if (_lastTimestamp is not { } last)
        {
            return 0;
        }

        var elapsed = _clock.GetElapsedTime(last).TotalMilliseconds;
        var mean = _history.Mean + _acceptableHeartbeatPause.TotalMilliseconds;
        var deviation = Math.Max(_history.StdDeviation, _minStdDeviation.TotalMilliseconds);
        return Phi(elapsed, mean, deviation);
    }

    /// <summary>True while phi is below the threshold.</summary>
    public bool IsAvailable => Phi() < _threshold;

    /// <summary>-log10 of the probability that a heartbeat arrives later than <paramref name="elapsed"/> (logistic approximation of the normal CDF).</summary>
    internal static double Phi(double elapsed, double mean, double deviation)
    {
        var y = (elapsed - mean) / deviation;
        var e = Math.Exp(-y * (1.5976 + (0.070566 * y * y)));
        return elapsed > mean ? -Math.Log10(e / (1.0 + e)) : -Math.Log10(1.0 - (1.0 / (1.0 + e)));
    }
}
