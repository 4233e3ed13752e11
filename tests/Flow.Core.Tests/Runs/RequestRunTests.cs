using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Requests;
using Flow.Core.Runs;

namespace Flow.Core.Tests.Runs;

/// <summary>The request run as a plain class: its calls are recorded, their answers fed by hand.</summary>
public sealed class RequestRunTests
{
    private readonly RecordingRunHost _host = new();

    private RequestRun Run(FlowDefinition flow, FlowRequest request, long id = 1) => new(id, FlowPlan.Build(flow.Topology), request, _host);

    [Fact]
    public void Chain_CallsEachExecutorInTurn_ThenResponds()
    {
        var run = Run(new FlowBuilder().Add("a").Add("b").Build(), new FlowRequest("/x", new DocumentArray([new Document("t")])), id: 7);

        run.Start();
        Assert.Equal([new CallKey(7, 0, CallStage.Shard, 0)], _host.Calls.Select(c => c.Key));
        run.OnResult(_host.Ok(0));
        Assert.Equal(new CallKey(7, 1, CallStage.Shard, 0), _host.Calls[1].Key);
        Assert.Same(_host.Calls[0].Input.Docs, _host.Calls[1].Input.Docs);
        Assert.False(run.IsFinished);
        run.OnResult(_host.Ok(1));

        var response = Assert.Single(_host.Responses);
        Assert.Equal(["gateway", "a", "b"], response.Routes.Select(r => r.Executor));
        Assert.True(run.IsFinished);
    }

    [Fact]
    public void Routes_CarryStartAndEndTimes_InOrder()
    {
        var run = Run(new FlowBuilder().Add("a").Add("b").Build(), new FlowRequest("/x"));

        run.Start();
        run.OnResult(_host.Ok(0));
        run.OnResult(_host.Ok(1));

        var routes = _host.Responses[0].Routes;
        Assert.All(routes, r => Assert.True(r.StartTime < r.EndTime, r.Executor));
        Assert.True(routes[0].StartTime < routes[1].StartTime && routes[1].EndTime <= routes[2].StartTime);
        Assert.True(routes[0].EndTime >= routes[2].EndTime);
    }

    [Fact]
    public void FanOut_EachBranchGetsItsOwnCopy()
    {
        var flow = new FlowBuilder().Add("p1", needs: ["gateway"]).Add("p2", needs: ["gateway"]).Needs(["p1", "p2"], name: "j").Build();
        var run = Run(flow, new FlowRequest("/x", new DocumentArray([new Document { Id = "x" }])));

        run.Start();

        var (c1, c2) = (_host.Calls[0].Input.Docs, _host.Calls[1].Input.Docs);
        Assert.NotSame(c1, c2);
        Assert.NotSame(c1[0], c2[0]);
        Assert.Equal(["x", "x"], new[] { c1[0].Id, c2[0].Id });
    }

    [Fact]
    public void Join_SendsPartsToReduceInNeedsOrder_WhateverTheArrivalOrder()
    {
        var flow = new FlowBuilder().Add("p1", needs: ["gateway"]).Add("p2", needs: ["gateway"]).Needs(["p2", "p1"], name: "j").Build();
        var run = Run(flow, new FlowRequest("/x", new DocumentArray([new Document { Id = "x" }])));
        run.Start();
        var fromP1 = new DocumentArray([new Document { Id = "from-p1" }]);
        var fromP2 = new DocumentArray([new Document { Id = "from-p2" }]);

        run.OnResult(_host.Ok(0, fromP1));
        run.OnResult(_host.Ok(1, fromP2));

        var reduce = Assert.Single(_host.Reduces);
        Assert.Equal(new CallKey(1, 2, CallStage.JoinReduce, 0), reduce.Key);
        Assert.Equal([fromP2, fromP1], reduce.Parts);
    }

    [Fact]
    public void UsesBeforeBaseExecutor_JoinStillReduces_NoCall()
    {
        var flow = new FlowBuilder().Add("p1", needs: ["gateway"]).Add("p2", needs: ["gateway"]).Needs(["p1", "p2"], name: "j", usesBefore: "BaseExecutor").Build();
        var run = Run(flow, new FlowRequest("/x", new DocumentArray([new Document { Id = "x" }])));
        run.Start();

        run.OnResult(_host.Ok(0));
        run.OnResult(_host.Ok(1));

        Assert.Equal(2, _host.Calls.Count);
        Assert.Equal(CallStage.JoinReduce, Assert.Single(_host.Reduces).Key.Stage);
    }

    [Fact]
    public void DuplicateAnswer_IsIgnored_CountsOnce()
    {
        var flow = new FlowBuilder().Add("p", shards: 2, polling: PollingSpec.All).Build();
        var run = Run(flow, new FlowRequest("/x", new DocumentArray([new Document { Id = "d" }])));
        run.Start();

        run.OnResult(_host.Ok(0));
        run.OnResult(_host.Ok(0));

        Assert.Empty(_host.Reduces);
        run.OnResult(_host.Ok(1));
        var reduce = Assert.Single(_host.Reduces);
        Assert.Equal(CallStage.ShardReduce, reduce.Key.Stage);
        Assert.Equal(2, reduce.Parts.Length);
    }

    [Fact]
    public void Timeout_NamesRunningExecutor_LateResultIgnored()
    {
        var run = Run(new FlowBuilder().Add("a").Build(), new FlowRequest("/x"));
        run.Start();

        run.OnTimeout(TimeSpan.FromSeconds(2));
        run.OnResult(_host.Ok(0));

        var response = Assert.Single(_host.Responses);
        Assert.Equal("a", response.Error!.Executor);
        Assert.Equal("The request timed out after 2000 ms waiting for executor 'a'.", response.Error.Message);
        Assert.True(run.IsFinished);
    }

    [Fact]
    public void NoTerminal_RespondsAtOnce_FloatingStillCalledWithACopy()
    {
        var docs = new DocumentArray([new Document { Id = "x" }]);
        var run = Run(new FlowBuilder().Add("f", floating: true).Build(), new FlowRequest("/x", docs));

        run.Start();

        Assert.Same(docs, Assert.Single(_host.Responses).Docs);
        Assert.NotSame(docs, Assert.Single(_host.Calls).Input.Docs);
        Assert.False(run.IsFinished);
        run.OnResult(_host.Ok(0));
        Assert.True(run.IsFinished);
    }

    [Fact]
    public void Abandon_RespondsWithTheError_LaterAnswersIgnored()
    {
        var run = Run(new FlowBuilder().Add("a").Add("b").Build(), new FlowRequest("/x"));
        run.Start();

        run.Abandon(new FlowError("gateway", "FlowStoppingException", "stopping", null));
        run.OnResult(_host.Ok(0));

        Assert.Equal("FlowStoppingException", Assert.Single(_host.Responses).Error!.ExceptionType);
        Assert.Single(_host.Calls);
        Assert.True(run.IsFinished);
    }
}
