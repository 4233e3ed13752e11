using System.Text.Json.Nodes;
using Flow.Core.Flows;

namespace Flow.Core.Tests.Flows;

public sealed class FlowSignatureTests
{
    private static FlowDefinition Flow(int shards = 2, string? role = "index", string? workspace = null) => new FlowBuilder()
        .Add("enc", uses: "Encoder", replicas: 2, usesWith: new JsonObject { ["dim"] = 8 })
        .Add("idx", uses: "Indexer", shards: shards, polling: PollingSpec.PerEndpoint([new("/index", "ANY"), new("/search", "ALL")]), role: role, workspace: workspace)
        .Build();

    [Fact]
    public void SameDefinition_NoDifference_EvenWithAnotherWorkspace() =>
        Assert.Null(FlowSignature.Of(Flow()).FirstDifference(FlowSignature.Of(Flow(workspace: "/elsewhere"))));

    [Fact]
    public void ShardsDiffer_NamesExecutorPropertyAndBothValues() =>
        Assert.Equal("idx.shards is '3' here and '2' there", FlowSignature.Of(Flow(shards: 3)).FirstDifference(FlowSignature.Of(Flow())));

    [Fact]
    public void RoleDiffers_NamesIt() =>
        Assert.Equal("idx.role is (none) here and 'index' there", FlowSignature.Of(Flow(role: null)).FirstDifference(FlowSignature.Of(Flow())));

    [Fact]
    public void ToStringThenParse_RoundTrips() =>
        Assert.Null(FlowSignature.Of(Flow()).FirstDifference(FlowSignature.Parse(FlowSignature.Of(Flow()).ToString())));

    [Fact]
    public void ExecutorsDiffer_NamesTheList()
    {
        var other = new FlowBuilder().Add("enc", uses: "Encoder").Build();

        Assert.Equal("executors is 'enc,idx' here and 'enc' there", FlowSignature.Of(Flow()).FirstDifference(FlowSignature.Of(other)));
    }
}
