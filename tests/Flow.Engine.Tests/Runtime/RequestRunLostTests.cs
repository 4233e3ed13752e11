using Flow.Actors.TestKit;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Requests;
using Flow.Engine.Runtime;

namespace Flow.Engine.Tests.Runtime;

/// <summary>A request run when a shard entity on another node is lost: shards are probes, losses are fed by hand.</summary>
public sealed class RequestRunLostTests : TestKit
{
    private const string Reason = "its node flow.tcp://exec@127.0.0.3:4000 is unreachable (lost by the failure detector)";

    [Fact]
    public async Task ShardLost_AllPollingOneShardAnswered_FailsNamingExecutorAndRunIsFinished()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("p", shards: 3, polling: PollingSpec.All).Build().Topology);
        var shards = new[] { CreateTestProbe(), CreateTestProbe(), CreateTestProbe() };
        plan.Nodes[0].Shards = [shards[0].Ref, shards[1].Ref, shards[2].Ref];
        var run = new RequestRun(3, plan, new FlowRequest("/x", new DocumentArray([new Document { Id = "d" }])), TestActor, TestActor);
        run.Start();
        var first = await shards[0].ExpectMsgAsync<ShardCall>();
        await shards[1].ExpectMsgAsync<ShardCall>();
        await shards[2].ExpectMsgAsync<ShardCall>();
        run.OnResult(new CallResult(first.Key, first.Input.Docs, first.Input.Parameters!, null));

        run.OnShardLost(shards[1].Ref, Reason);
        run.OnShardLost(shards[2].Ref, Reason);

        var response = await ExpectMsgAsync<FlowResponse>();
        Assert.Equal(new FlowError("p", RequestRun.LostExceptionType, "Executor 'p' is lost: " + Reason + ".", null), response.Error);
        Assert.True(run.IsFinished);
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task ShardLost_RunWaitsForAnotherExecutor_Unaffected()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("a").Add("b").Build().Topology);
        var a = CreateTestProbe();
        var b = CreateTestProbe();
        plan.Nodes[0].Shards = [a.Ref];
        plan.Nodes[1].Shards = [b.Ref];
        var run = new RequestRun(1, plan, new FlowRequest("/x", new DocumentArray([new Document { Id = "d" }])), TestActor, TestActor);
        run.Start();
        var call = await a.ExpectMsgAsync<ShardCall>();

        run.OnShardLost(b.Ref, Reason);

        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        Assert.False(run.IsFinished);
        run.OnResult(new CallResult(call.Key, call.Input.Docs, call.Input.Parameters!, null));
        await b.ExpectMsgAsync<ShardCall>();
    }

    [Fact]
    public async Task Call_ToLostShard_AnsweredWithLostErrorThroughGateway()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("p").Build().Topology);
        var shard = CreateTestProbe();
        var gateway = CreateTestProbe();
        plan.Nodes[0].Shards = [shard.Ref];
        var lost = new LostShards();
        lost.Add(shard.Ref, Reason);
        var run = new RequestRun(9, plan, new FlowRequest("/x", new DocumentArray([new Document { Id = "d" }])), gateway.Ref, TestActor, null, lost);

        run.Start();

        var result = await gateway.ExpectMsgAsync<CallResult>();
        Assert.Equal(new CallKey(9, 0, CallStage.Shard, 0), result.Key);
        Assert.Equal("p", result.Error?.Executor);
        Assert.Equal("Executor 'p' is lost: " + Reason + ".", result.Error?.Message);
        await shard.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
    }
}
