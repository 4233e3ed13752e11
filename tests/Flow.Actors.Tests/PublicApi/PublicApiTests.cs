using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Tests.Shared;

namespace Flow.Actors.Tests.PublicApi;

/// <summary>
/// Locks the public surfaces of Flow.Core and Flow.Actors: a change to either must come with an update of its
/// <c>*.approved.txt</c> (on a difference the received listing is written beside the test assembly and named in the failure).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_FlowCore_MatchesApprovedListing() => Verify(typeof(Document).Assembly, "Flow.Core.approved.txt");

    [Fact]
    public void PublicApi_FlowActors_MatchesApprovedListing() => Verify(typeof(FlowHost).Assembly, "Flow.Actors.approved.txt");

    private static void Verify(System.Reflection.Assembly assembly, string file)
    {
        var failure = Flow.Tests.Shared.PublicApi.Verify(assembly, Path.Combine(AppContext.BaseDirectory, "PublicApi", file));
        Assert.True(failure is null, failure);
    }
}
