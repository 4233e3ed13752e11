using System.Text.Json.Nodes;
using Flow.Core.Flows;
using Flow.Core.Requests;

namespace Flow.Actors.Tests.Runtime;

public sealed class ReplicaFailureTests : FlowTestBase
{
    [Fact]
    public async Task AsyncHandlerCrash_RetriedOnAnotherReplica()
    {
        var flow = new FlowBuilder().Add<AsyncCrashing>("c", replicas: 2, usesWith: new JsonObject { ["key"] = Key, ["crashes"] = 1 }).Build();
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/x", Docs("x"));

        Assert.Equal(["x/c/rep-1"], Texts(docs));
    }

    [Fact]
    public async Task ReplicaThatStaysDown_IsSkipped_FlowStillReady()
    {
        var flow = new FlowBuilder().Add<DiesOnce>("c", replicas: 2, usesWith: new JsonObject { ["key"] = Key }).Build();
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/x", Docs("a", "b", "c", "d"), new() { RequestSize = 1, Prefetch = 1 });

        Assert.Equal(["a/c/rep-1", "b/c/rep-1", "c/c/rep-1", "d/c/rep-1"], Texts(docs));
        var report = await host.DryRunAsync();
        Assert.True(report.Ready);
        Assert.Equal(1, Assert.Single(report.Executors).AnsweredReplicas);
    }

    [Fact]
    public async Task EveryReplicaDown_ErrorResponse_NotReady()
    {
        var flow = new FlowBuilder().Add<DiesOnce>("c", usesWith: new JsonObject { ["key"] = Key }).Build();
        var host = await StartAsync(flow);

        var response = await host.Client.SendAsync(new FlowRequest("/x", Docs("a")));

        Assert.Equal(ResponseStatus.Error, response.Status);
        Assert.Equal("c", response.Error!.Executor);
        var report = await host.DryRunAsync();
        Assert.False(report.Ready);
        Assert.False(Assert.Single(report.Executors).Ready);
    }
}
