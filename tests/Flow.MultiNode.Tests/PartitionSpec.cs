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
        var before = await PostAsync(hosts[C.First], "before");

        await BlackholeAsync(C.Third, C.First);
        await BlackholeAsync(C.Third, C.Second);
        var (samples, onBoth, minorityHeld) = await SampleUntilMajorityHoldsEveryShardAsync();
        var during = await PostAsync(hosts[C.First], "during");

        await PassThroughAsync(C.Third, C.First);
        await PassThroughAsync(C.Third, C.Second);
        await RestartAsync(C.Third);
        var rejoined = await StartFlowAsync(definition, options, C.Third);
        await AwaitMembersUpAsync(C.All);
        var after = await PostAsync(rejoined[C.Third], "after");
        var placements = await ShardPlacementsAsync(C.Second, Flow, "index");

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
    private async Task<(int Samples, List<string> OnBoth, int MinorityHeld)> SampleUntilMajorityHoldsEveryShardAsync()
    {
        var onBoth = new List<string>();
        var samples = 0;
        var minorityHeld = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        using var timer = new PeriodicTimer(Sampling);
        while (await timer.WaitForNextTickAsync())
        {
            var sides = await Task.WhenAll(LocalShardsAsync(C.First, Flow, "index"), LocalShardsAsync(C.Second, Flow, "index"), LocalShardsAsync(C.Third, Flow, "index"));
            var majority = sides[0].Union(sides[1]).ToHashSet();
            var minority = sides[2];
            samples++;
            minorityHeld += minority.Count > 0 ? 1 : 0;
            if (majority.Overlaps(minority))
            {
                onBoth.Add($"sample {samples}: majority [{string.Join(",", majority.Order())}], minority [{string.Join(",", minority.Order())}]");
            }

            if (!IsRunning(C.Third) && majority.SetEquals([0, 1, 2]))
            {
                return (samples, onBoth, minorityHeld);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"After 60 s of partition the minority runs: {IsRunning(C.Third)}; the majority hosts shards [{string.Join(",", majority.Order())}].");
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
