using Flow.Cluster.Tests.Support;
using Flow.Core.Documents;
using Flow.Core.Requests;

namespace Flow.Cluster.Tests;

/// <summary>
/// Spec 2 of issue 9, with processes: a host is killed (SIGKILL) while 1,000 requests are posted. Roles: the seed
/// (flow-seed, 127.0.0.2), two hosts (flow host, 127.0.0.3 and .4) sharing one workspace, and this test as an outside
/// application (its own ActorSystem, the cluster client). Every request is answered with success, the dead node's
/// shards run on the other host, and they reloaded their rows from the workspace.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class NodeLossSpec
{
    private const int Requests = 1000;
    private const int KillAfter = 200;
    private const int InFlight = 32;

    [Fact]
    public async Task Host_KilledUnder1000Requests_EveryRequestSucceedsItsShardsRunElsewhereWithTheirWorkspace()
    {
        using var temp = new TempDirectory();
        await using var cluster = await TestCluster.StartAsync(Products.SpecFlow, Products.TestExecutors, temp.Sub("workspace"));
        await using var client = await OutsideClient.ConnectAsync(cluster.Contact, "spec");
        await ShardReport.PutAsync(client.Client, 8);
        var before = await ShardReport.PingAsync(client.Client);
        var victimName = before[0].Node;
        var survivorName = victimName == "127.0.0.3" ? "127.0.0.4" : "127.0.0.3";
        var victim = cluster.Hosts[victimName];
        var survivor = cluster.Hosts[survivorName];
        var movedShards = before.Where(r => r.Node == victimName).Select(r => r.Shard).ToList();

        // 1,000 pings, 32 in flight; the victim is killed once 200 are answered.
        var answered = 0;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var slots = new SemaphoreSlim(InFlight);
        var responses = new Task<FlowResponse>[Requests];
        for (var i = 0; i < Requests; i++)
        {
            await slots.WaitAsync();
            responses[i] = PingAsync(i);
        }

        async Task<FlowResponse> PingAsync(int i)
        {
            try
            {
                var response = await client.Client.SendAsync(new FlowRequest("/ping", [new Document($"ping {i}")]) { Timeout = TimeSpan.FromSeconds(60) });
                if (Interlocked.Increment(ref answered) == KillAfter)
                {
                    await victim.KillAsync();
                    killed.SetResult();
                }

                return response;
            }
            finally
            {
                slots.Release();
            }
        }

        var all = await Task.WhenAll(responses);
        Assert.True(killed.Task.IsCompleted);
        Assert.True(victim.HasExited);

        // Every request answered with success, each by all four shards.
        Assert.Equal(Requests, all.Length);
        Assert.Empty(all.Where(r => r.Error is not null).Select(r => r.Error!.Description));
        Assert.All(all, r => Assert.Equal([0, 1, 2, 3], r.Docs[0].Matches.Select(ShardReport.From).Select(m => m.Shard)));
        var last = all[^1].Docs[0].Matches.Select(ShardReport.From).ToList();
        Assert.All(last, r => Assert.Equal(survivorName, r.Node));

        // The dead node's shards run on the survivor, with the rows they reloaded from the workspace.
        var after = await ShardReport.PingAsync(client.Client);
        Assert.All(after, r => Assert.Equal((survivorName, survivor.Pid, 2), (r.Node, r.Pid, r.Rows)));
        Assert.NotEmpty(movedShards);
        Assert.All(movedShards, shard => Assert.Equal(2, after[shard].Reloaded));

        // And flow status places them there, with the dead node gone from the members.
        var status = await cluster.StatusAsync();
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.DoesNotContain(status.Output, l => l.Contains(victim.Address.ToString(), StringComparison.Ordinal));
        Assert.All(status.Output.SkipWhile(l => l != "flow spec:").Skip(1), l => Assert.Matches($@"^  \S+ shard \d: {survivor.Address}  replicas: {survivor.Address}(, {survivor.Address})?$", l));
    }
}
