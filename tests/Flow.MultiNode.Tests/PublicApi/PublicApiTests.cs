using Flow.TestKit.MultiNode;

namespace Flow.MultiNode.Tests.PublicApi;

/// <summary>
/// Locks the public surface of Flow.TestKit (the multi-node harness is a product feature: users test their Flows with
/// it): a change must come with an update of <c>Flow.TestKit.approved.txt</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_FlowTestKit_MatchesApprovedListing()
    {
        var failure = Flow.Tests.Shared.PublicApi.Verify(typeof(MultiNodeSpec).Assembly, Path.Combine(AppContext.BaseDirectory, "PublicApi", "Flow.TestKit.approved.txt"));
        Assert.True(failure is null, failure);
    }
}
