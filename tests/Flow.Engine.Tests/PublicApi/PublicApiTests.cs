using Flow.Core.Documents;

namespace Flow.Engine.Tests.PublicApi;

/// <summary>
/// Locks Flow.Engine's public surface: a change to it must come with an update of <c>Flow.Engine.approved.txt</c>
/// (on a difference the received listing is written beside the test assembly and named in the failure).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_FlowEngine_MatchesApprovedListing()
    {
        var approved = Path.Combine(AppContext.BaseDirectory, "PublicApi", "Flow.Engine.approved.txt");
        var failure = Flow.Actors.TestKit.PublicApi.Verify(typeof(Document).Assembly, approved);
        Assert.True(failure is null, failure);
    }
}
