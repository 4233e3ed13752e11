using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.TestKit.MultiNode;

namespace Flow.MultiNode.Tests;

public sealed class ShardPlacementConfig : MultiNodeConfig
{
    public ShardPlacementConfig()
    {
        Seed = Role("seed");
        First = Role("first");
        Second = Role("second");
        Third = Role("third");
        NodeConfig(Seed, "akka.cluster.roles = [seed]");
        foreach (var host in Hosts)
        {
            NodeConfig(host, "akka.cluster.roles = [index]");
        }

        CommonConfig = """
            flow.executor.default-role = index
            flow.executor.max-replicas-per-node = 1
            """;
    }

    public RoleName Seed { get; }

    public RoleName First { get; }

    public RoleName Second { get; }

    public RoleName Third { get; }

    public RoleName[] Hosts => [First, Second, Third];
}

/// <summary>Issue 9 §5.1: three hosts join a seed; an executor of 3 shards × 2 replicas on role index.</summary>
public sealed class ShardPlacementSpec() : MultiNodeSpec(new ShardPlacementConfig())
{
    private const string Flow = "placement";
    private ShardPlacementConfig C => (ShardPlacementConfig)Config;

    [Fact]
    public async Task ThreeHostsJoinSeed_EveryShardRunsOnce_ReplicasOnTwoNodes()
    {
        await StartClusterAsync();
        var definition = new FlowBuilder().Add<ShardMarker>("index", role: "index", shards: 3, replicas: 2, polling: PollingSpec.All).Build();
        var hosts = await StartFlowAsync(definition, new FlowHostOptions { Name = Flow }, [C.Seed, .. C.Hosts]);

        var placements = await ShardPlacementsAsync(C.First, Flow, "index");
        var status = await hosts[C.Seed].DescribeAsync();
        var docs = await hosts[C.Seed].Client.PostAsync("/x", [new Document { Id = "d" }]);

        var hostAddresses = C.Hosts.Select(h => AddressOf(h).ToString()).ToHashSet();
        Assert.Equal([0, 1, 2], placements.Select(p => p.Shard));
        Assert.All(placements, p => Assert.Equal(1, p.Entities));
        Assert.All(placements, p => Assert.Contains(p.Node.ToString(), hostAddresses));
        var shards = Assert.Single(status.Executors).Shards;
        Assert.Equal([0, 1, 2], shards.Select(s => s.Shard));
        Assert.All(shards, s =>
        {
            Assert.Equal(2, s.ReplicaNodes.Count);
            Assert.Equal(2, s.ReplicaNodes.Distinct().Count());
            Assert.All(s.ReplicaNodes, n => Assert.Contains(n, hostAddresses));
        });
        Assert.Equal(["shard-0", "shard-1", "shard-2"], Assert.Single(docs).Matches.Select(m => m.Id));
    }
}
