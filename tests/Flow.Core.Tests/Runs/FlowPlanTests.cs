using Flow.Core.Flows;
using Flow.Core.Runs;

namespace Flow.Core.Tests.Runs;

public sealed class FlowPlanTests
{
    [Fact]
    public void Build_JoinSlotsFollowNeedsOrder()
    {
        var plan = FlowPlan.Build(new FlowBuilder()
            .Add("p1", needs: ["gateway"])
            .Add("p2", needs: ["gateway"])
            .Needs(["p2", "p1"], name: "r")
            .Build().Topology);

        Assert.Equal([0, 1], plan.Entries);
        Assert.Equal([0, 0], plan.EntrySlots);
        Assert.Equal([2], plan.Nodes[0].Successors);
        Assert.Equal([1], plan.Nodes[0].SuccessorSlots);
        Assert.Equal([0], plan.Nodes[1].SuccessorSlots);
        Assert.Equal(2, plan.Nodes[2].PartCount);
        Assert.Equal(2, plan.Terminal);
        Assert.True(plan.Nodes[2].NeedsAggregator);
        Assert.False(plan.Nodes[0].NeedsAggregator);
    }

    [Fact]
    public void Build_GatewayInsideJoin_HasItsSlot()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("a").Add("b", needs: ["a", "gateway"]).Build().Topology);

        Assert.Equal([0, 1], plan.Entries);
        Assert.Equal([0, 1], plan.EntrySlots);
    }

    [Fact]
    public void Build_NoExecutors_NoTerminal()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Build().Topology);

        Assert.Equal(-1, plan.Terminal);
        Assert.Empty(plan.Entries);
    }

    [Fact]
    public void Target_MatchesAtStartLikeReMatch()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Build().Topology);

        Assert.Matches(plan.Target("enc"), "encoder");
        Assert.DoesNotMatch(plan.Target("coder"), "encoder");
        Assert.Matches(plan.Target("a|b"), "b1");
        Assert.Same(plan.Target("x"), plan.Target("x"));
    }

    [Fact]
    public void NextShard_RoundRobin()
    {
        var plan = FlowPlan.Build(new FlowBuilder().Add("a", shards: 3).Build().Topology);
        var node = plan.Nodes[0];

        Assert.Equal([0, 1, 2, 0], Enumerable.Range(0, 4).Select(_ => node.NextShard()));
    }
}
