using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Requests;
using Flow.Core.Runs;

namespace Flow.Core.Tests.Runs;

/// <summary>A request run when a call target is lost (its node is gone): losses are fed by hand.</summary>
public sealed class RequestRunLostTests
{
    private const string Reason = "its node akka.tcp://flow@127.0.0.3:4000 is unreachable";
    private readonly RecordingRunHost _host = new();

    [Fact]
    public void TargetLost_AllPollingOneShardAnswered_FailsNamingExecutorAndRunIsFinished()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("p", shards: 3, polling: PollingSpec.All).Build().Topology);
        var run = new RequestRun(3, plan, new FlowRequest("/x", new DocumentArray([new Document { Id = "d" }])), _host);
        run.Start();
        run.OnResult(_host.Ok(0));

        Assert.True(run.OnTargetLost(0, CallStage.Shard, 1, Reason));
        Assert.False(run.OnTargetLost(0, CallStage.Shard, 2, Reason));

        var response = Assert.Single(_host.Responses);
        Assert.Equal(new FlowError("p", RequestRun.LostExceptionType, "Executor 'p' is lost: " + Reason + ".", null), response.Error);
        Assert.True(run.IsFinished);
    }

    [Fact]
    public void TargetLost_AnswerAlreadyIn_Unaffected()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("p", shards: 2, polling: PollingSpec.All).Build().Topology);
        var run = new RequestRun(1, plan, new FlowRequest("/x"), _host);
        run.Start();
        run.OnResult(_host.Ok(0));

        Assert.False(run.OnTargetLost(0, CallStage.Shard, 0, Reason));
        Assert.Empty(_host.Responses);
    }

    [Fact]
    public void TargetLost_RunWaitsForAnotherExecutor_Unaffected()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("a").Add("b").Build().Topology);
        var run = new RequestRun(1, plan, new FlowRequest("/x", new DocumentArray([new Document { Id = "d" }])), _host);
        run.Start();

        Assert.False(run.OnTargetLost(1, CallStage.Shard, 0, Reason));

        Assert.Empty(_host.Responses);
        Assert.False(run.IsFinished);
        run.OnResult(_host.Ok(0));
        Assert.Equal(new CallKey(1, 1, CallStage.Shard, 0), _host.Calls[1].Key);
    }

    [Fact]
    public void Resend_OutstandingShardCall_SentAgainWithTheSameInput_FirstAnswerWins()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("p", shards: 2, polling: PollingSpec.All).Build().Topology);
        var run = new RequestRun(4, plan, new FlowRequest("/x", new DocumentArray([new Document { Id = "d" }])), _host);
        run.Start();

        Assert.True(run.Resend(0, CallStage.Shard, 1));

        Assert.Equal(3, _host.Calls.Count);
        Assert.Equal(new CallKey(4, 0, CallStage.Shard, 1), _host.Calls[2].Key);
        Assert.Same(_host.Calls[1].Input, _host.Calls[2].Input);
        run.OnResult(_host.Ok(0));
        run.OnResult(_host.Ok(2));
        run.OnResult(_host.Ok(1));
        Assert.Equal(2, Assert.Single(_host.Reduces).Parts.Length);
        Assert.False(run.Resend(0, CallStage.Shard, 1));
    }

    [Fact]
    public void Resend_AnsweredOrOtherStep_NothingSent()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("a").Add("b").Build().Topology);
        var run = new RequestRun(1, plan, new FlowRequest("/x"), _host);
        run.Start();
        run.OnResult(_host.Ok(0));

        Assert.False(run.Resend(0, CallStage.Shard, 0));
        Assert.False(run.Resend(1, CallStage.UsesBefore, 0));
        Assert.Equal(2, _host.Calls.Count);
    }
}
