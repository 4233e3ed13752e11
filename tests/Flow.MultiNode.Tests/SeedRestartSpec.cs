using Akka.Cluster;
using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.TestKit.MultiNode;

namespace Flow.MultiNode.Tests;

public sealed class SeedRestartConfig : MultiNodeConfig
{
    public SeedRestartConfig()
    {
        Seed = Role("seed");
        First = Role("first");
        Second = Role("second");
        SeedRoles = [Seed, First];
        NodeConfig(Seed, "akka.cluster.roles = [seed]");
        NodeConfig(First, "akka.cluster.roles = [index]");
        NodeConfig(Second, "akka.cluster.roles = [index]");
        CommonConfig = "flow.executor.default-role = index";
    }

    public RoleName Seed { get; }

    public RoleName First { get; }

    public RoleName Second { get; }

    public RoleName[] All => [Seed, First, Second];
}

/// <summary>Issue 9 §5.5: the seed node crashes and starts again under a steady load; the cluster keeps serving, and the new incarnation rejoins through the other seed.</summary>
public sealed class SeedRestartSpec() : MultiNodeSpec(new SeedRestartConfig())
{
    private const string Flow = "seed-restart";
    private SeedRestartConfig C => (SeedRestartConfig)Config;

    [Fact]
    public async Task SeedRestarts_UnderSteadyLoad_ClusterKeepsServing_SeedRejoins()
    {
        await StartClusterAsync();
        var definition = new FlowBuilder().Add<ShardMarker>("index", shards: 2, replicas: 2, polling: PollingSpec.All).Build();
        var options = new FlowHostOptions { Name = Flow };
        var hosts = await StartFlowAsync(definition, options, C.All);
        var oldSeed = Cluster.Get(Node(C.Seed)).SelfUniqueAddress;
        var load = SteadyLoad.Start(hosts[C.Second].Client, "/x", ExpectBothShards);
        await load.AwaitProgressAsync(20);

        await RestartAsync(C.Seed);
        await load.AwaitProgressAsync(10);
        var restarted = await StartFlowAsync(definition, options, C.Seed);
        await AwaitMembersUpAsync(C.All);
        var fromSeed = await restarted[C.Seed].Client.PostAsync("/x", [new Document { Id = "from-seed" }]);
        await load.AwaitProgressAsync(10);
        await load.StopAsync();

        var newSeed = Cluster.Get(Node(C.Seed)).SelfUniqueAddress;
        Assert.Equal(oldSeed.Address, newSeed.Address);
        Assert.NotEqual(oldSeed.Uid, newSeed.Uid);
        Assert.Empty(load.Failures);
        Assert.Equal(load.Sent, load.Succeeded);
        Assert.Equal(["shard-0", "shard-1"], Assert.Single(fromSeed).Matches.Select(m => m.Id));
    }

    private static string? ExpectBothShards(string id, DocumentArray docs) =>
        docs.Count == 1 && docs[0].Id == id && string.Join(",", docs[0].Matches.Select(m => m.Id)) == "shard-0,shard-1" ? null : "unexpected documents";
}
