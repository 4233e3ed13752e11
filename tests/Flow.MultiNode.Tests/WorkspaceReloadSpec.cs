using System.Text.Json.Nodes;
using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.TestKit.MultiNode;

namespace Flow.MultiNode.Tests;

/// <summary>
/// Issue 9 §3: a shard that moves to another node reloads its workspace there (the workspace root is one folder
/// shared by every node of this process). After a graceful leave, what the executor wrote when it was closed; after
/// an abort, what it wrote as it went — the shard starting on the survivor by itself (remember-entities), before any request.
/// </summary>
public sealed class WorkspaceReloadSpec() : MultiNodeSpec(new SeedAndTwoHostsConfig()), IDisposable
{
    private const string Flow = "workspace";
    private readonly string _workspace = Path.Combine(Path.GetTempPath(), "flow-multinode", Guid.NewGuid().ToString("N"));
    private SeedAndTwoHostsConfig C => (SeedAndTwoHostsConfig)Config;

    [Fact]
    public async Task ShardHostLeaves_ShardMoves_ReloadsWhatItsExecutorSavedOnClose()
    {
        var (hosts, before, moved) = await IndexThenFindShardZeroAsync(saveOnClose: true);

        await LeaveAsync(moved);
        var after = await ListAsync(hosts[C.Seed]);
        var survivor = C.Hosts.Single(h => h != moved);
        var placements = await ShardPlacementsAsync(survivor, Flow, "store");

        Assert.Equal(Expected, before);
        Assert.Equal(Expected, after);
        Assert.All(placements, p => Assert.Equal(AddressOf(survivor), p.Node));
    }

    [Fact]
    public async Task ShardHostAborted_ShardStartsElsewhereUnasked_ReloadsWhatItsExecutorWrote()
    {
        var (hosts, before, moved) = await IndexThenFindShardZeroAsync(saveOnClose: false);
        var survivor = C.Hosts.Single(h => h != moved);

        await AbortAsync(moved);
        await AwaitShardsOnAsync(survivor);
        var after = await ListAsync(hosts[C.Seed]);

        Assert.Equal(Expected, before);
        Assert.Equal(Expected, after);
    }

    public void Dispose()
    {
        if (Directory.Exists(_workspace))
        {
            Directory.Delete(_workspace, recursive: true);
        }
    }

    /// <summary>Each shard's ids in shard order (ANY polling sends the 6 one-document requests to the shards in turn).</summary>
    private static string[] Expected => ["0:d0", "0:d2", "0:d4", "1:d1", "1:d3", "1:d5"];

    private async Task<(IReadOnlyDictionary<RoleName, FlowHost> Hosts, string[] Before, RoleName ShardZeroHost)> IndexThenFindShardZeroAsync(bool saveOnClose)
    {
        await StartClusterAsync();
        var polling = PollingSpec.PerEndpoint([new("/index", "ANY"), new("/list", "ALL")]);
        var definition = new FlowBuilder().Add<WorkspaceStore>("store", shards: 2, polling: polling, usesWith: new JsonObject { ["saveOnClose"] = saveOnClose }).Build();
        var hosts = await StartFlowAsync(definition, new FlowHostOptions { Name = Flow, Workspace = _workspace }, C.All);
        var docs = Enumerable.Range(0, 6).Select(i => new Document { Id = "d" + i }).ToList();
        await hosts[C.Seed].Client.PostAsync("/index", docs, new() { RequestSize = 1, Prefetch = 1 });
        var before = await ListAsync(hosts[C.Seed]);
        var shardZero = (await ShardPlacementsAsync(C.First, Flow, "store")).First(p => p.Shard == 0).Node;
        return (hosts, before, C.Hosts.Single(h => AddressOf(h) == shardZero));
    }

    private static async Task<string[]> ListAsync(FlowHost host)
    {
        var docs = await host.Client.PostAsync("/list", [new Document { Id = "q" }], new() { Timeout = TimeSpan.FromSeconds(45) });
        return [.. Assert.Single(docs).Matches.Select(m => m.Id)];
    }

    private async Task AwaitShardsOnAsync(RoleName survivor)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(45);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (!(await LocalShardsAsync(survivor, Flow, "store")).SetEquals([0, 1]))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The shards did not start on the survivor within 45 s.");
            }

            await poll.WaitForNextTickAsync();
        }
    }
}
