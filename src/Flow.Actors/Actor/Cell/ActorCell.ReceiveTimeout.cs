namespace Flow.Actors;

internal sealed partial class ActorCell
{
    private TimeSpan? _receiveTimeout;
    private ITimer? _receiveTimeoutTimer;
    private long _lastActivity;
    private int _receiveTimeoutGeneration;

    public TimeSpan? ReceiveTimeout => _receiveTimeout;

    public void SetReceiveTimeout(TimeSpan? timeout)
    {
        if (timeout is { } t && (t <= TimeSpan.Zero || t == Timeout.InfiniteTimeSpan))
        {
            timeout = null;
        }

        CancelReceiveTimeout();
        _receiveTimeout = timeout;
        if (timeout is { } due)
        {
            var generation = ++_receiveTimeoutGeneration;
            _lastActivity = System.TimeProvider.GetTimestamp();
            _receiveTimeoutTimer = System.TimeProvider.CreateTimer(
                static state => ((ReceiveTimeoutState)state!).Fire(),
                new ReceiveTimeoutState(Self, generation),
                due,
                Timeout.InfiniteTimeSpan);
        }
    }

    private void MarkActivity() => _lastActivity = System.TimeProvider.GetTimestamp();

    private void CancelReceiveTimeout()
    {
        _receiveTimeoutGeneration++;
        _receiveTimeoutTimer?.Dispose();
        _receiveTimeoutTimer = null;
        _receiveTimeout = null;
    }

    private void OnReceiveTimeoutTick(ReceiveTimeoutTick tick)
    {
        if (tick.Generation != _receiveTimeoutGeneration || _receiveTimeout is not { } timeout || _receiveTimeoutTimer is null)
        {
            return;
        }

        var idle = System.TimeProvider.GetElapsedTime(_lastActivity);
        if (idle >= timeout)
        {
            _lastActivity = System.TimeProvider.GetTimestamp();
            _receiveTimeoutTimer.Change(timeout, Timeout.InfiniteTimeSpan);
            ReceiveMessage(Flow.Actors.ReceiveTimeout.Instance);
        }
        else
        {
            _receiveTimeoutTimer.Change(timeout - idle, Timeout.InfiniteTimeSpan);
        }
    }

    private sealed class ReceiveTimeoutState(IActorRef self, int generation)
    {
        private readonly ReceiveTimeoutTick _tick = new(generation);

        public void Fire() => self.Tell(_tick, null);
    }
}
