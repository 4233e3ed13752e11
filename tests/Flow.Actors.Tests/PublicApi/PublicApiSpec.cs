using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.PublicApi;

public sealed class PublicApiSpec
{
    [Fact]
    public void FlowActors_PublicSurface_MatchesApprovedSnapshot()
    {
        var failure = TestKit.PublicApi.Verify(typeof(ActorSystem).Assembly, Approved("Flow.Actors.approved.txt"));
        Assert.True(failure is null, failure);
    }

    [Fact]
    public void FlowActorsTestKit_PublicSurface_MatchesApprovedSnapshot()
    {
        var failure = TestKit.PublicApi.Verify(typeof(TestProbe).Assembly, Approved("Flow.Actors.TestKit.approved.txt"));
        Assert.True(failure is null, failure);
    }

    // The approved files are copied next to the test assembly (see the project file).
    private static string Approved(string file) => Path.Combine(AppContext.BaseDirectory, "PublicApi", file);
}
