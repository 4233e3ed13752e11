using Akka.Cluster.Sharding;
using Flow.Actors;
using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.TestKit.MultiNode;

namespace Flow.MultiNode.Tests;

public sealed class RefusedNodeConfig : MultiNodeConfig
{
    public RefusedNodeConfig()
    {
        Seed = Role("seed");
        First = Role("first");
        Second = Role("second");
        Odd = Role("odd");
        Late = Role("late");
        NodeConfig(Seed, "akka.cluster.roles = [seed]");
        foreach (var host in new[] { First, Second, Late })
        {
            NodeConfig(host, "akka.cluster.roles = [index]");
        }

        NodeConfig(Odd, """
            akka.cluster.roles = [index]
            flow.executor.max-replicas-per-node = 2
            """);
        CommonConfig = """
            flow.executor.default-role = index
            flow.executor.max-replicas-per-node = 1
            """;
    }

    public RoleName Seed { get; }

    public RoleName First { get; }

    public RoleName Second { get; }

    /// <summary>A node whose configuration differs from the cluster's (two replicas of a shard per node instead of one).</summary>
    public RoleName Odd { get; }

    /// <summary>A node configured as the others.</summary>
    public RoleName Late { get; }

    public RoleName[] Cluster => [Seed, First, Second];
}

/// <summary>
/// Issue 9 §5.7: a node that joins with other settings, or starts the Flow with another definition, is refused with
/// an error naming the difference; the cluster goes on as before (same shards, same nodes, requests served).
/// </summary>
public sealed class RefusedNodeSpec() : MultiNodeSpec(new RefusedNodeConfig())
{
    private const string Flow = "refusal";
    private RefusedNodeConfig C => (RefusedNodeConfig)Config;

    private static FlowDefinition Definition(int shards) =>
        new FlowBuilder().Add<ShardMarker>("index", shards: shards, replicas: 2, polling: PollingSpec.All).Build();

    [Fact]
    public async Task NodeWithOtherSettings_StartsFlow_RefusedNamingTheSetting_ClusterUnaffected()
    {
        var (hosts, placements) = await StartFlowOnClusterAsync();
        await StartNodeAsync(C.Odd);

        var refused = await Assert.ThrowsAsync<FlowValidationException>(() => FlowHost.StartAsync(Definition(2), new FlowHostOptions { System = Node(C.Odd), Name = Flow }));

        Assert.Equal(
            $"Flow '{Flow}' runs on {AddressOf(C.Seed)} with other settings: flow.executor.max-replicas-per-node is '2' here and '1' there. Every node of a Flow must run with the same; this node does not start it.",
            refused.Message);
        await AssertUnaffectedAsync(hosts, placements, C.Odd);
    }

    [Fact]
    public async Task NodeWithOtherDefinition_StartsFlow_RefusedNamingTheDifference_ClusterUnaffected()
    {
        var (hosts, placements) = await StartFlowOnClusterAsync();
        await StartNodeAsync(C.Late);

        var refused = await Assert.ThrowsAsync<FlowValidationException>(() => FlowHost.StartAsync(Definition(3), new FlowHostOptions { System = Node(C.Late), Name = Flow }));

        Assert.Equal(
            $"Flow '{Flow}' runs on {AddressOf(C.Seed)} with another definition: index.shards is '3' here and '2' there. Every node of a Flow must start the same definition; this node does not start it.",
            refused.Message);
        await AssertUnaffectedAsync(hosts, placements, C.Late);
    }

    private async Task<(IReadOnlyDictionary<RoleName, FlowHost> Hosts, IReadOnlyList<ShardPlacement> Placements)> StartFlowOnClusterAsync()
    {
        await StartClusterAsync(C.Cluster);
        var hosts = await StartFlowAsync(Definition(2), new FlowHostOptions { Name = Flow }, C.Cluster);
        return (hosts, await ShardPlacementsAsync(C.First, Flow, "index"));
    }

    private async Task AssertUnaffectedAsync(IReadOnlyDictionary<RoleName, FlowHost> hosts, IReadOnlyList<ShardPlacement> placements, RoleName refused)
    {
        var docs = await hosts[C.Seed].Client.PostAsync("/x", [new Document { Id = "d" }]);
        var now = await ShardPlacementsAsync(C.First, Flow, "index");
        var describe = await hosts[C.First].DescribeAsync();

        Assert.Equal(["shard-0", "shard-1"], Assert.Single(docs).Matches.Select(m => m.Id));
        Assert.Equal(placements, now);
        Assert.DoesNotContain(FlowNames.Region(Flow, "index"), ClusterSharding.Get(Node(refused)).ShardTypeNames);
        Assert.Null(FlowExtension.Get(Node(refused)).Flow(Flow));
        Assert.All(Assert.Single(describe.Executors).Shards, s => Assert.DoesNotContain(AddressOf(refused).ToString(), s.ReplicaNodes));
    }
}
