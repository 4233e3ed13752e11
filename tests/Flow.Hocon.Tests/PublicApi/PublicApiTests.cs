using Flow.Hocon;

namespace Flow.Hocon.Tests.PublicApi;

/// <summary>
/// Locks the public surface of Flow.Hocon: a change must come with an update of <c>Flow.Hocon.approved.txt</c> (on a
/// difference the received listing is written beside the test assembly and named in the failure).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_FlowHocon_MatchesApprovedListing()
    {
        var failure = Flow.Tests.Shared.PublicApi.Verify(typeof(Config).Assembly, Path.Combine(AppContext.BaseDirectory, "PublicApi", "Flow.Hocon.approved.txt"));
        Assert.True(failure is null, failure);
    }
}
