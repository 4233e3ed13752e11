using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.TestKit.MultiNode;

namespace Flow.MultiNode.Tests;

public sealed class PartitionConfig : MultiNodeConfig
{
    public PartitionConfig()
    {
        First = Role("first");
        Second = Role("second");
        Third = Role("third");
        TestTransport = true;
        SeedRoles = [First, Second];
        CommonConfig = """
            akka.cluster.roles = [index]
            flow.executor.default-role = index
            flow.executor.max-replicas-per-node = 1
            """;
    }

    public RoleName First { get; }

    public RoleName Second { get; }

    public RoleName Third { get; }

    public RoleName[] All => [First, Second, Third];
}

/// <summary>
/// Issue 9 §5.3: a partition 2 | 1 (blackhole). The split-brain resolver (keep-majority) downs the minority; sampled
/// on both sides while partitioned, no shard is ever alive on both; the majority serves every shard again; healed and
/// restarted, the minority node rejoins one cluster.
/// </summary>
public sealed class PartitionSpec() : MultiNodeSpec(new PartitionConfig())
{
    private const string Flow = "partition";
    private static readonly TimeSpan Sampling = TimeSpan.FromMilliseconds(100);
    private PartitionConfig C => (PartitionConfig)Config;

    [Fact]
    public async Task PartitionTwoOne_MinorityDowned_NoShardOnBothSides_MajorityServes_HealedOneCluster()
    {
        await StartClusterAsync();
        var definition = new FlowBuilder().Add<ShardMarker>("index", shards: 3, replicas: 2, polling: PollingSpec.All).Build();
        var options = new FlowHostOptions { Name = Flow };
        var hosts = await StartFlowAsync(definition, options, C.All);
        // The minority is the node of shard 0: the partition must cut a node that hosts shards.
        var shardZero = (await ShardPlacementsAsync(C.First, Flow, "index")).First(p => p.Shard == 0).Node;
        var minority = C.All.Single(r => AddressOf(r) == shardZero);
        var majority = C.All.Where(r => r != minority).ToArray();
        var before = await PostAsync(hosts[majority[0]], "before");

        await BlackholeAsync(minority, majority[0]);
        await BlackholeAsync(minority, majority[1]);
        var (samples, onBoth, minorityHeld) = await SampleUntilMajorityHoldsEveryShardAsync(majority, minority);
        var during = await PostAsync(hosts[majority[0]], "during");

        await PassThroughAsync(minority, majority[0]);
        await PassThroughAsync(minority, majority[1]);
        await RestartAsync(minority);
        var rejoined = await StartFlowAsync(definition, options, minority);
        await AwaitMembersUpAsync(C.All);
        var after = await PostAsync(rejoined[minority], "after");
        var placements = await ShardPlacementsAsync(majority[1], Flow, "index");

        Assert.Equal("before:shard-0,shard-1,shard-2", before);
        Assert.Empty(onBoth);
        Assert.True(minorityHeld > 0, $"the minority held no shard in any of {samples} samples (nothing was tested)");
        Assert.Equal("during:shard-0,shard-1,shard-2", during);
        Assert.Equal("after:shard-0,shard-1,shard-2", after);
        Assert.Equal([0, 1, 2], placements.Select(p => p.Shard));
        Assert.All(placements, p => Assert.Equal(1, p.Entities));
    }

    /// <summary>
    /// Samples both sides every 100 ms until the minority node has terminated (downed) and the majority hosts every
    /// shard (60 s at most): returns the number of samples, the samples with a shard alive on both sides, and how many
    /// samples found shards on the minority.
    /// </summary>
    private async Task<(int Samples, List<string> OnBoth, int MinorityHeld)> SampleUntilMajorityHoldsEveryShardAsync(RoleName[] majorityNodes, RoleName minorityNode)
    {
        var onBoth = new List<string>();
        var samples = 0;
        var minorityHeld = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        using var timer = new PeriodicTimer(Sampling);
        while (await timer.WaitForNextTickAsync())
        {
            var sides = await Task.WhenAll(LocalShardsAsync(majorityNodes[0], Flow, "index"), LocalShardsAsync(majorityNodes[1], Flow, "index"), LocalShardsAsync(minorityNode, Flow, "index"));
            var majority = sides[0].Union(sides[1]).ToHashSet();
            var minority = sides[2];
            samples++;
            minorityHeld += minority.Count > 0 ? 1 : 0;
            if (majority.Overlaps(minority))
            {
                onBoth.Add($"sample {samples}: majority [{string.Join(",", majority.Order())}], minority [{string.Join(",", minority.Order())}]");
            }

            if (!IsRunning(minorityNode) && majority.SetEquals([0, 1, 2]))
            {
                return (samples, onBoth, minorityHeld);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"After 60 s of partition the minority runs: {IsRunning(minorityNode)}; the majority hosts shards [{string.Join(",", majority.Order())}].");
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    private static async Task<string> PostAsync(FlowHost host, string id)
    {
        var docs = await host.Client.PostAsync("/x", [new Document { Id = id }], new() { Timeout = TimeSpan.FromSeconds(30) });
        return string.Join(";", docs.Select(d => d.Id + ":" + string.Join(",", d.Matches.Select(m => m.Id))));
    }
}
