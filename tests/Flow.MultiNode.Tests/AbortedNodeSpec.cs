using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Requests;
using Flow.TestKit.MultiNode;

namespace Flow.MultiNode.Tests;

/// <summary>
/// Issue 9 §3: a node aborted with requests in flight on it. A shard of 1 × 2 replicas, one replica per host; the
/// replica on the aborted host holds its requests (a closed gate) until the abort. With a replica left, the poster
/// sees no failure: the shard entity retries a lost replica's requests on the other one, and a lost entity's calls
/// are sent again by the gateway to wherever the shard starts next.
/// </summary>
public sealed class AbortedNodeSpec() : MultiNodeSpec(new SeedAndTwoHostsConfig())
{
    private const string Flow = "aborted";
    private const int Requests = 6;
    private SeedAndTwoHostsConfig C => (SeedAndTwoHostsConfig)Config;

    [Fact]
    public Task NodeOfReplicaAborted_RequestsInFlightThere_AllSucceedOnTheOtherReplica() => AbortWithRequestsInFlightAsync(abortEntityNode: false);

    [Fact]
    public Task NodeOfShardEntityAborted_RequestsInFlightThere_AllSucceedWhereTheShardRestarts() => AbortWithRequestsInFlightAsync(abortEntityNode: true);

    private async Task AbortWithRequestsInFlightAsync(bool abortEntityNode)
    {
        Gates.Reset("hold");
        await StartClusterAsync();
        var definition = new FlowBuilder().Add<HoldingTagger>("hold", replicas: 2).Build();
        var hosts = await StartFlowAsync(definition, new FlowHostOptions { Name = Flow }, C.All);
        var shard = Assert.Single(Assert.Single((await hosts[C.Seed].DescribeAsync()).Executors).Shards);
        Assert.Equal(2, shard.ReplicaNodes.Count);
        var entityNode = shard.Node;
        var doomed = abortEntityNode ? shard.ReplicaNodes.ToList().IndexOf(entityNode) : shard.ReplicaNodes.ToList().FindIndex(n => n != entityNode);
        var survivor = 1 - doomed;
        var doomedRole = C.Hosts.Single(h => AddressOf(h).ToString() == shard.ReplicaNodes[doomed]);
        Gates.OpenAll("hold/rep-" + survivor);

        var posts = Enumerable.Range(0, Requests)
            .Select(i => hosts[C.Seed].Client.SendAsync(new FlowRequest("/hold", [new Document { Id = "d" + i, Text = "d" + i }]) { Timeout = TimeSpan.FromSeconds(50) }))
            .ToArray();
        await AwaitAsync(() => Gates.ArrivalsAt("hold/rep-" + doomed) == 1 && posts.Count(p => p.IsCompleted) == Requests / 2, "half the requests done, one held");
        await AbortAsync(doomedRole);

        // A shard restarted on the survivor numbers its replicas from 0 again: whatever its index, it must not hold.
        Gates.OpenAll("hold/rep-0", "hold/rep-1");
        var responses = await Task.WhenAll(posts).WaitAsync(TimeSpan.FromSeconds(55));

        Assert.All(responses, r => Assert.Null(r.Error));
        var texts = responses.Select(r => Assert.Single(r.Docs).Text ?? string.Empty).ToArray();
        Assert.Equal(Requests, texts.Length);
        Assert.All(texts, t => Assert.Matches("^d[0-9]/hold/rep-[01]$", t));
        Assert.Equal(Enumerable.Range(0, Requests).Select(i => "d" + i), texts.Select(t => t.Split('/')[0]));
        if (!abortEntityNode)
        {
            // The entity stayed: every request ran on the surviving replica.
            Assert.All(texts, t => Assert.EndsWith("/hold/rep-" + survivor, t));
        }
    }

    private static async Task AwaitAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Not reached within 20 s: " + what);
            }

            await Task.Delay(20);
        }
    }
}
