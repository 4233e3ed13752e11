using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.TestKit.MultiNode;
using Xunit.Abstractions;

namespace Flow.MultiNode.Tests;

/// <summary>A seed that runs no executor (the client's node) and three hosts of role index.</summary>
public sealed class SeedAndThreeHostsConfig : MultiNodeConfig
{
    public SeedAndThreeHostsConfig()
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

    public RoleName[] All => [Seed, First, Second, Third];
}

/// <summary>Issue 9 §5.4: every host leaves in order, restarts and rejoins, one after the other, under a steady load.</summary>
public sealed class RollingRestartSpec(ITestOutputHelper output) : MultiNodeSpec(new SeedAndThreeHostsConfig(), output)
{
    private const string Flow = "rolling";
    private SeedAndThreeHostsConfig C => (SeedAndThreeHostsConfig)Config;

    [Fact]
    public async Task EveryHostLeavesRestartsRejoins_UnderSteadyLoad_NoRequestLost()
    {
        await StartClusterAsync();
        var definition = new FlowBuilder().Add<ShardMarker>("index", shards: 2, replicas: 2, polling: PollingSpec.All).Build();
        var options = new FlowHostOptions { Name = Flow };
        var hosts = await StartFlowAsync(definition, options, C.All);
        var load = SteadyLoad.Start(hosts[C.Seed].Client, "/x", ExpectBothShards);
        await load.AwaitProgressAsync(20);

        foreach (var host in C.Hosts)
        {
            await LeaveAsync(host);
            await load.AwaitProgressAsync(10);
            await RestartAsync(host);
            await StartFlowAsync(definition, options, host);
            await AwaitMembersUpAsync(C.All);
            await load.AwaitProgressAsync(10);
        }

        await load.StopAsync();
        var placements = await ShardPlacementsAsync(C.First, Flow, "index");

        Output!.WriteLine($"{load.Sent} requests sent, {load.Succeeded} succeeded");
        Assert.Empty(load.Failures);
        Assert.Equal(load.Sent, load.Succeeded);
        Assert.Equal([0, 1], placements.Select(p => p.Shard));
        Assert.All(placements, p => Assert.Equal(1, p.Entities));
    }

    private static string? ExpectBothShards(string id, DocumentArray docs) =>
        docs.Count == 1 && docs[0].Id == id && string.Join(",", docs[0].Matches.Select(m => m.Id)) == "shard-0,shard-1"
            ? null
            : "unexpected documents: " + string.Join(";", docs.Select(d => d.Id + "[" + string.Join(",", d.Matches.Select(m => m.Id)) + "]"));
}
