using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class DefaultResizerSpec
{
    private static readonly DefaultResizer Defaults = new();

    [Theory]
    [InlineData(0, 0, 1)] // empty pool grows to the lower bound
    [InlineData(5, 5, 1)] // all busy: ceil(0.2 * 5) = 1
    [InlineData(10, 10, 0)] // all busy at the upper bound: +2 clamped to 0
    [InlineData(9, 9, 1)] // ceil(1.8) = 2, clamped to 10
    [InlineData(0, 10, -1)] // idle: floor(-0.1 * 10) = -1
    [InlineData(2, 10, -1)] // 0.2 busy is below the 0.3 back-off threshold
    [InlineData(3, 10, 0)] // 0.3 busy is not below it
    [InlineData(0, 1, 0)] // back-off of -1 clamped at the lower bound
    [InlineData(0, 25, -15)] // floor(-2.5) = -3, then clamped down to the upper bound of 10
    [InlineData(0, 12, -2)] // above the upper bound: back-off -2 stays within
    public void Capacity_DefaultSettings_ReturnsAkkasChange(int pressure, int size, int expected)
    {
        Assert.Equal(expected, Defaults.Capacity(pressure, size));
    }

    [Fact]
    public void Capacity_AboveUpperBoundAndIdle_ShrinksToTheBound()
    {
        var resizer = new DefaultResizer(new ResizerSettings { LowerBound = 1, UpperBound = 3, BackoffThreshold = 0 });
        Assert.Equal(-2, resizer.Capacity(5, 5));
    }

    [Fact]
    public void RampupAndBackoff_ExactValues()
    {
        Assert.Equal(1, Defaults.Rampup(4, 4));
        Assert.Equal(0, Defaults.Rampup(3, 4));
        Assert.Equal(-3, Defaults.Backoff(0, 25));
        Assert.Equal(0, Defaults.Backoff(8, 25));
        Assert.Equal(-2, Defaults.Filter(0, 20));
    }

    [Fact]
    public void Capacity_FastRampup_GrowsByHalfWithinBounds()
    {
        var resizer = new DefaultResizer(new ResizerSettings { LowerBound = 2, UpperBound = 4, RampupRate = 0.5 });
        Assert.Equal(1, resizer.Capacity(2, 2));
        Assert.Equal(1, resizer.Capacity(3, 3));
        Assert.Equal(0, resizer.Capacity(4, 4));
    }

    [Fact]
    public void Capacity_BackoffDisabled_NeverShrinksAboveLowerBound()
    {
        var resizer = new DefaultResizer(new ResizerSettings { LowerBound = 2, UpperBound = 8, BackoffThreshold = 0 });
        Assert.Equal(0, resizer.Capacity(0, 6));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(5, false)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    [InlineData(30, true)]
    public void IsTimeForResize_EveryTenMessages(long counter, bool expected)
    {
        Assert.Equal(expected, Defaults.IsTimeForResize(counter));
    }

    [Fact]
    public void Resize_RouteesWithUnknownMailboxes_CountAsIdle()
    {
        Assert.Equal(0, Defaults.Pressure(TestRoutee.Many(10)));
        Assert.Equal(-1, Defaults.Resize(TestRoutee.Many(10)));
    }

    [Fact]
    public void Constructor_UpperBelowLower_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() => new DefaultResizer(5, 3));
        Assert.Contains("upper-bound", error.Message);
    }

    [Fact]
    public void Constructor_ZeroMessagesPerResize_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() => new DefaultResizer(new ResizerSettings { MessagesPerResize = 0 }));
        Assert.Contains("messages-per-resize", error.Message);
    }
}
