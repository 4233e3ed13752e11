using Flow.Actors.TestKit;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Requests;
using Flow.Engine.Runtime;

namespace Flow.Engine.Tests.Runtime;

/// <summary>The request run as a plain class: shards and the poster are probes, results are fed by hand.</summary>
public sealed class RequestRunTests : TestKit
{
    private static CallResult Ok(ShardCall call, DocumentArray? docs = null) =>
        new(call.Key, docs ?? call.Input.Docs, call.Input.Parameters!, null);

    [Fact]
    public async Task Chain_CallsEachExecutorInTurn_ThenResponds()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("a").Add("b").Build().Topology);
        var a = CreateTestProbe();
        var b = CreateTestProbe();
        plan.Nodes[0].Shards = [a.Ref];
        plan.Nodes[1].Shards = [b.Ref];
        var run = new RequestRun(7, plan, new FlowRequest("/x", new DocumentArray([new Document("t")])), TestActor, TestActor);

        run.Start();
        var first = await a.ExpectMsgAsync<ShardCall>();
        Assert.Equal(new CallKey(7, 0, CallStage.Shard, 0), first.Key);
        await b.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(20));
        run.OnResult(Ok(first));
        var second = await b.ExpectMsgAsync<ShardCall>();
        Assert.Same(first.Input.Docs, second.Input.Docs);
        Assert.False(run.IsFinished);
        run.OnResult(Ok(second));

        var response = await ExpectMsgAsync<FlowResponse>();
        Assert.Equal(["gateway", "a", "b"], response.Routes.Select(r => r.Executor));
        Assert.True(run.IsFinished);
    }

    [Fact]
    public async Task FanOut_EachBranchGetsItsOwnCopy()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("p1", needs: ["gateway"]).Add("p2", needs: ["gateway"]).Needs(["p1", "p2"], name: "j").Build().Topology);
        var p1 = CreateTestProbe();
        var p2 = CreateTestProbe();
        plan.Nodes[0].Shards = [p1.Ref];
        plan.Nodes[1].Shards = [p2.Ref];
        plan.Nodes[2].Shards = [CreateTestProbe().Ref];
        var docs = new DocumentArray([new Document { Id = "x" }]);
        var run = new RequestRun(1, plan, new FlowRequest("/x", docs), TestActor, TestActor);

        run.Start();
        var c1 = await p1.ExpectMsgAsync<ShardCall>();
        var c2 = await p2.ExpectMsgAsync<ShardCall>();

        Assert.NotSame(c1.Input.Docs, c2.Input.Docs);
        Assert.NotSame(c1.Input.Docs[0], c2.Input.Docs[0]);
        Assert.Equal("x", c1.Input.Docs[0].Id);
        Assert.Equal("x", c2.Input.Docs[0].Id);
    }

    [Fact]
    public async Task Join_SendsPartsToAggregatorInNeedsOrder_WhateverTheArrivalOrder()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("p1", needs: ["gateway"]).Add("p2", needs: ["gateway"]).Needs(["p2", "p1"], name: "j").Build().Topology);
        var p1 = CreateTestProbe();
        var p2 = CreateTestProbe();
        var aggregator = CreateTestProbe();
        plan.Nodes[0].Shards = [p1.Ref];
        plan.Nodes[1].Shards = [p2.Ref];
        plan.Nodes[2].Shards = [CreateTestProbe().Ref];
        plan.Nodes[2].Aggregator = aggregator.Ref;
        var run = new RequestRun(1, plan, new FlowRequest("/x", new DocumentArray([new Document { Id = "x" }])), TestActor, TestActor);
        run.Start();
        var c1 = await p1.ExpectMsgAsync<ShardCall>();
        var c2 = await p2.ExpectMsgAsync<ShardCall>();
        var fromP1 = new DocumentArray([new Document { Id = "from-p1" }]);
        var fromP2 = new DocumentArray([new Document { Id = "from-p2" }]);

        run.OnResult(Ok(c1, fromP1));
        run.OnResult(Ok(c2, fromP2));

        var reduce = await aggregator.ExpectMsgAsync<ReduceCall>();
        Assert.Equal(new CallKey(1, 2, CallStage.JoinReduce, 0), reduce.Key);
        Assert.Equal([fromP2, fromP1], reduce.Parts);
    }

    [Fact]
    public async Task Timeout_NamesRunningExecutor_LateResultIgnored()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("a").Build().Topology);
        var a = CreateTestProbe();
        plan.Nodes[0].Shards = [a.Ref];
        var run = new RequestRun(1, plan, new FlowRequest("/x"), TestActor, TestActor);
        run.Start();
        var call = await a.ExpectMsgAsync<ShardCall>();

        run.OnTimeout(TimeSpan.FromSeconds(2));
        var response = await ExpectMsgAsync<FlowResponse>();
        run.OnResult(Ok(call));

        Assert.Equal("a", response.Error!.Executor);
        Assert.Equal("The request timed out after 2000 ms waiting for executor 'a'.", response.Error.Message);
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(20));
        Assert.True(run.IsFinished);
    }

    [Fact]
    public async Task NoTerminal_RespondsAtOnce_FloatingStillCalledWithACopy()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("f", floating: true).Build().Topology);
        var f = CreateTestProbe();
        plan.Nodes[0].Shards = [f.Ref];
        var docs = new DocumentArray([new Document { Id = "x" }]);
        var run = new RequestRun(1, plan, new FlowRequest("/x", docs), TestActor, TestActor);

        run.Start();

        var response = await ExpectMsgAsync<FlowResponse>();
        Assert.Same(docs, response.Docs);
        var call = await f.ExpectMsgAsync<ShardCall>();
        Assert.NotSame(docs, call.Input.Docs);
        Assert.False(run.IsFinished);
        run.OnResult(Ok(call));
        Assert.True(run.IsFinished);
    }
}
