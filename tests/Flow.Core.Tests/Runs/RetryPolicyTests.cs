using Flow.Core.Runs;

namespace Flow.Core.Tests.Runs;

public sealed class RetryPolicyTests
{
    [Theory]
    [InlineData(1, 3)]
    [InlineData(3, 3)]
    [InlineData(5, 5)]
    [InlineData(16, 16)]
    public void For_Default_IsMaxOfThreeAndReplicas(int replicas, int expected) =>
        Assert.Equal(expected, RetryPolicy.For(replicas, null).MaxRetries);

    [Fact]
    public void For_Configured_Overrides() => Assert.Equal(0, RetryPolicy.For(4, 0).MaxRetries);

    [Theory]
    [InlineData(2, 3)]
    [InlineData(5, 5)]
    public void For_Negative_MeansTheDefault(int replicas, int expected) =>
        Assert.Equal(expected, RetryPolicy.For(replicas, -1).MaxRetries);

    [Fact]
    public void MayRetry_AllowsMaxRetriesAfterTheFirstAttempt()
    {
        var p = new RetryPolicy(2);

        Assert.Equal([true, true, false], new[] { p.MayRetry(1), p.MayRetry(2), p.MayRetry(3) });
    }
}
