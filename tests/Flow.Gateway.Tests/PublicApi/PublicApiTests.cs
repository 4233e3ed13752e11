using Flow.Gateway.Hosting;

namespace Flow.Gateway.Tests.PublicApi;

/// <summary>
/// Locks Flow.Gateway's public surface: a change to it must come with an update of <c>Flow.Gateway.approved.txt</c> (on a
/// difference the received listing is written beside the test assembly and named in the failure). The only use of the
/// TestKit's renderer in this project.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_FlowGateway_MatchesApprovedListing()
    {
        var approved = Path.Combine(AppContext.BaseDirectory, "PublicApi", "Flow.Gateway.approved.txt");
        var failure = Flow.Tests.Shared.PublicApi.Verify(typeof(FlowGatewayServer).Assembly, approved);
        Assert.True(failure is null, failure);
    }
}
