using Flow.Actors.Remote.FailureDetection;
using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Remote;

public sealed class PhiAccrualFailureDetectorSpec
{
    private static PhiAccrualFailureDetector Detector(ManualTimeProvider clock, double threshold = 8.0) =>
        new(threshold, maxSampleSize: 100, minStdDeviation: TimeSpan.FromMilliseconds(100), acceptableHeartbeatPause: TimeSpan.Zero, firstHeartbeatEstimate: TimeSpan.FromSeconds(1), clock);

    [Fact]
    public void Phi_NoHeartbeatYet_ZeroAndAvailable()
    {
        var detector = Detector(new ManualTimeProvider());
        Assert.False(detector.IsMonitoring);
        Assert.Equal(0, detector.Phi());
        Assert.True(detector.IsAvailable);
    }

    [Fact]
    public void Phi_RegularHeartbeats_StaysLowThenRisesWithSilence()
    {
        var clock = new ManualTimeProvider();
        var detector = Detector(clock);
        for (var i = 0; i < 10; i++)
        {
            detector.Heartbeat();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.True(detector.Phi() < 1.0, $"phi right at the expected interval is low ({detector.Phi()})");
        Assert.True(detector.IsAvailable);
        var previous = detector.Phi();
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            var phi = detector.Phi();
            Assert.True(phi > previous, "phi grows with silence");
            previous = phi;
        }

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(detector.IsAvailable);
    }

    [Fact]
    public void Phi_AcceptablePause_DelaysSuspicion()
    {
        var clock = new ManualTimeProvider();
        var strict = Detector(clock);
        var lenient = new PhiAccrualFailureDetector(8.0, 100, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1), clock);
        for (var i = 0; i < 5; i++)
        {
            strict.Heartbeat();
            lenient.Heartbeat();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(strict.IsAvailable);
        Assert.True(lenient.IsAvailable);
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.False(lenient.IsAvailable);
    }

    [Fact]
    public void Phi_Reset_ForgetsHistory()
    {
        var clock = new ManualTimeProvider();
        var detector = Detector(clock);
        detector.Heartbeat();
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(detector.IsAvailable);
        detector.Reset();
        Assert.False(detector.IsMonitoring);
        Assert.True(detector.IsAvailable);
    }

    [Theory]
    [InlineData(1000, 1000, 100, 0.30103)]
    [InlineData(1500, 1000, 100, 7.3)]
    [InlineData(500, 1000, 100, 0.0)]
    public void Phi_Formula_MatchesLogisticApproximation(double elapsed, double mean, double deviation, double expected)
    {
        Assert.Equal(expected, PhiAccrualFailureDetector.Phi(elapsed, mean, deviation), 1);
    }

    [Fact]
    public void History_SlidingWindow_KeepsMeanAndDeviationOfLastSamples()
    {
        var history = new HeartbeatHistory(3);
        history.Add(100);
        history.Add(200);
        history.Add(300);
        history.Add(400);
        Assert.Equal(3, history.Count);
        Assert.Equal(300, history.Mean, 6);
        Assert.Equal(Math.Sqrt(20000.0 / 3), history.StdDeviation, 6);
    }
}
