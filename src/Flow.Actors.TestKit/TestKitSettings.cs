using System.Globalization;

namespace Flow.Actors.TestKit;

/// <summary>Timeouts of the TestKit. Set <c>FLOW_TESTKIT_DILATION</c> (e.g. 3) to stretch them on slow machines.</summary>
public static class TestKitSettings
{
    /// <summary>The factor every default timeout is multiplied by.</summary>
    public static double Dilation { get; } =
        double.TryParse(Environment.GetEnvironmentVariable("FLOW_TESTKIT_DILATION"), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0 ? d : 1.0;

    /// <summary>How long an expectation waits by default (3 s, dilated).</summary>
    public static TimeSpan DefaultTimeout => Dilated(TimeSpan.FromSeconds(3));

    /// <summary>How long <c>ExpectNoMsg</c> waits by default (100 ms, dilated).</summary>
    public static TimeSpan DefaultNoMessageWait => Dilated(TimeSpan.FromMilliseconds(100));

    /// <summary>Multiplies a duration by <see cref="Dilation"/>.</summary>
    public static TimeSpan Dilated(TimeSpan duration) => TimeSpan.FromTicks((long)(duration.Ticks * Dilation));
}
