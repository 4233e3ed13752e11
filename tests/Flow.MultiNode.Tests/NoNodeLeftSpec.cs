using System.Diagnostics;
using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Requests;
using Flow.TestKit.MultiNode;

namespace Flow.MultiNode.Tests;

public sealed class NoNodeLeftConfig : MultiNodeConfig
{
    public NoNodeLeftConfig()
    {
        Seed = Role("seed");
        Front = Role("front");
        Index = Role("index");
        TestTransport = true;
        NodeConfig(Seed, "akka.cluster.roles = [seed]");
        NodeConfig(Front, "akka.cluster.roles = [front]");
        NodeConfig(Index, "akka.cluster.roles = [index]");
    }

    public RoleName Seed { get; }

    public RoleName Front { get; }

    public RoleName Index { get; }

    public RoleName[] All => [Seed, Front, Index];
}

/// <summary>
/// Issue 9 §3: the only node of an executor's role is aborted. Its requests in flight fail within the failure
/// detector's bound (plus the split-brain resolver's stable-after) with an error naming the executor, the shard and
/// the node; a later request that needs it fails at once, naming them too; a request that does not need it is served.
/// </summary>
public sealed class NoNodeLeftSpec() : MultiNodeSpec(new NoNodeLeftConfig())
{
    private const string Flow = "no-node";
    private NoNodeLeftConfig C => (NoNodeLeftConfig)Config;

    [Fact]
    public async Task OnlyNodeOfRoleAborted_RequestsNeedingItFailNamingExecutorShardNode_OthersServed()
    {
        Gates.Reset("index");
        await StartClusterAsync();
        var definition = new FlowBuilder().Add<NodeTagger>("front", role: "front").Add<HoldingTagger>("index", role: "index", shards: 2).Build();
        var hosts = await StartFlowAsync(definition, new FlowHostOptions { Name = Flow }, C.All);
        var client = hosts[C.Seed].Client;
        var held = new[] { "a", "b" }.Select(id => client.SendAsync(new FlowRequest("/hold", [new Document { Id = id, Text = id }]) { Timeout = TimeSpan.FromSeconds(55) })).ToArray();
        await AwaitAsync(() => Gates.ArrivalsAt("index/shard-0/rep-0") == 1 && Gates.ArrivalsAt("index/shard-1/rep-0") == 1);
        var node = AddressOf(C.Index).ToString();

        var clock = Stopwatch.StartNew();
        await AbortAsync(C.Index);
        var lost = await Task.WhenAll(held).WaitAsync(TimeSpan.FromSeconds(58));
        var detected = clock.Elapsed;
        clock.Restart();
        var later = await client.SendAsync(new FlowRequest("/x", [new Document { Id = "c", Text = "c" }]) { Timeout = TimeSpan.FromSeconds(30) });
        var refusedIn = clock.Elapsed;
        var served = await client.PostAsync("/x", [new Document { Id = "d", Text = "d" }], new() { TargetExecutor = "front" });

        Assert.All(lost, r => Assert.Equal(("index", "ExecutorLostException"), (r.Error!.Executor, r.Error.ExceptionType)));
        Assert.Equal(
            new[] { 0, 1 }.Select(shard => $"Executor 'index' is lost: shard {shard} (its node {node} is gone): no member with role 'index' is up to run it."),
            lost.Select(r => r.Error!.Message).Order());
        Assert.True(detected < TimeSpan.FromSeconds(30), $"the requests in flight failed after {detected.TotalSeconds:0.#} s");
        Assert.Equal(("index", "ExecutorLostException"), (later.Error!.Executor, later.Error.ExceptionType));
        Assert.Matches($"^Executor 'index' cannot run: shard [01] \\(its node {node.Replace(".", "\\.")} is gone\\): no member with role 'index' is up to run it\\.$", later.Error.Message);
        Assert.True(refusedIn < TimeSpan.FromSeconds(2), $"the later request failed after {refusedIn.TotalSeconds:0.#} s");
        Assert.Equal(["d/front"], served.Select(d => d.Text));
    }

    private static async Task AwaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The held requests did not reach both shards within 20 s.");
            }

            await Task.Delay(20);
        }
    }
}
