namespace Flow.Actors.Remote.FailureDetection;

/// <summary>A sliding window of heartbeat intervals (ms) with a running mean and variance.</summary>
internal sealed class HeartbeatHistory(int maxSampleSize)
{
    private readonly Queue<double> _intervals = new();
    private double _sum;
    private double _squaredSum;

    public int Count => _intervals.Count;

    public double Mean => _intervals.Count == 0 ? 0 : _sum / _intervals.Count;

    public double StdDeviation
    {
        get
        {
            if (_intervals.Count == 0)
            {
                return 0;
            }

            var mean = Mean;
            return Math.Sqrt(Math.Max(0, (_squaredSum / _intervals.Count) - (mean * mean)));
        }
    }

    public void Add(double interval)
    {
        if (_intervals.Count >= maxSampleSize)
        {
            var dropped = _intervals.Dequeue();
            _sum -= dropped;
            _squaredSum -= dropped * dropped;
        }

        _intervals.Enqueue(interval);
        _sum += interval;
        _squaredSum += interval * interval;
    }

    public void Clear()
    {
        _intervals.Clear();
        _sum = 0;
        _squaredSum = 0;
    }
}
