using Flow.Cluster.Tests.Support;
using Flow.Core.Documents;
using Flow.Core.Requests;
using Flow.TestKit.MultiNode;

namespace Flow.Cluster.Tests;

/// <summary>Node processes start, stop in order on SIGTERM, and refuse a bad configuration.</summary>
[Collection(ProcessCollection.Name)]
public sealed class NodeLifecycleTests
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task Host_Sigterm_LeavesInOrderItsShardsMoveWithTheirWorkspaceAndItExitsZero()
    {
        using var temp = new TempDirectory();
        await using var cluster = await TestCluster.StartAsync(Products.SpecFlow, Products.TestExecutors, temp.Sub("workspace"));
        NodeProcess leaving, staying;
        string leavingName, stayingName;
        await using (var client = await OutsideClient.ConnectAsync(cluster.Contact, "spec"))
        {
            await ShardReport.PutAsync(client.Client, 8);
            var before = await ShardReport.PingAsync(client.Client);
            Assert.Equal([2, 2, 2, 2], before.Select(r => r.Rows));

            // The node that leaves is the one running shard 0: the hosts start together, and which of them the
            // coordinator first gives the shards to (before it rebalances them) is not fixed.
            leavingName = before[0].Node;
            stayingName = leavingName == "127.0.0.3" ? "127.0.0.4" : "127.0.0.3";
            leaving = cluster.Hosts[leavingName];
            staying = cluster.Hosts[stayingName];

            // Requests in flight when the node is asked to stop: it drains them before it leaves.
            var inFlight = Enumerable.Range(0, 16)
                .Select(i => client.Client.SendAsync(new FlowRequest("/slow", [new Document($"slow {i}")]) { Timeout = TimeSpan.FromSeconds(30) }))
                .ToList();
            var code = await leaving.TerminateAsync(StopTimeout);

            Assert.True(code == 0, $"exit {code}: {leaving.ErrorTail}");
            Assert.All(await Task.WhenAll(inFlight), r => Assert.Null(r.Error));
            Assert.Equal([$"READY {leaving.Address}", "STOPPED"], leaving.Output);

            // Its shards were handed off: they run on the node that stayed and reloaded their rows from the workspace.
            var after = await ShardReport.PingAsync(client.Client);
            Assert.All(after, r => Assert.Equal(stayingName, r.Node));
            Assert.Equal([2, 2, 2, 2], after.Select(r => r.Rows));
            Assert.All(after.Where(r => before[r.Shard].Node == leavingName), r => Assert.Equal(2, r.Reloaded));
        }

        // The cluster saw it leave: it goes from Leaving / Exiting to no member at all, never unreachable, and status
        // places every shard on the other host.
        var status = await cluster.StatusAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (status.Output.Any(l => l.Contains(leaving.Address.ToString(), StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            Assert.DoesNotContain(status.Output, l => l.Contains("UNREACHABLE", StringComparison.Ordinal));
            Assert.Contains(status.Output, l => l.StartsWith($"  {leaving.Address}  roles=host  status=", StringComparison.Ordinal) && (l.Contains("status=Leaving", StringComparison.Ordinal) || l.Contains("status=Exiting", StringComparison.Ordinal)));
            status = await cluster.StatusAsync();
        }

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Equal(
            ["members:", $"  {cluster.Seed.Address}  roles=seed  status=Up  reachable", $"  {staying.Address}  roles=host  status=Up  reachable", "flow spec:"],
            status.Output.Take(4));
        Assert.All(status.Output.Skip(4), line => Assert.Matches($@"^  \S+ shard \d: {staying.Address}  replicas: {staying.Address}(, {staying.Address})?$", line));

        foreach (var node in new[] { staying, cluster.Seed })
        {
            Assert.Equal(0, await node.TerminateAsync(StopTimeout));
            Assert.Equal("STOPPED", node.Output[^1]);
        }
    }

    [Fact]
    public async Task Seed_StandardInputClosed_StopsInOrderAndExitsZero()
    {
        var port = Loopback.FreePort("127.0.0.2");
        using var seed = await NodeProcess.StartAsync(
            Products.Seed,
            ["--config", Products.Hocon("seed.conf"), "--stop-on-stdin-close"],
            TestCluster.StartTimeout,
            new Dictionary<string, string?> { ["FLOW_HOSTNAME"] = "127.0.0.2", ["FLOW_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal($"akka.tcp://flow@127.0.0.2:{port}", seed.Address.ToString());
        Assert.Equal("STOPPED", await seed.StopAsync(StopTimeout));
        Assert.Equal(0, seed.ExitCode);
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("host")]
    public async Task Node_MalformedConfig_RefusesToStartWithFileLineColumnAndExitsOne(string node)
    {
        using var temp = new TempDirectory();
        var config = Path.Combine(temp.Path, "bad.conf");
        await File.WriteAllTextAsync(config, "akka {\n  remote.dot-netty.tcp.port = [1,,2]\n}\n");
        var (dll, arguments, command) = node == "seed"
            ? (Products.Seed, new[] { "--config", config }, "flow-seed")
            : (Products.Flow, new[] { "host", "--config", config, "--flow", Products.SpecFlow, "--assembly", Products.TestExecutors }, "flow host");

        var run = await Cli.RunAsync(dll, arguments);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal($"{command}: {config}:2:34: expected a list element or ']', found ','", run.Error);
    }

    [Fact]
    public async Task Host_ExecutorCannotBeConstructed_ExitsOneNamingIt()
    {
        using var temp = new TempDirectory();
        var flow = Path.Combine(temp.Path, "broken.yml");
        await File.WriteAllTextAsync(flow, "jtype: Flow\nexecutors:\n  - name: store\n    uses: NoSuchExecutor\n");
        var port = Loopback.FreePort("127.0.0.2");
        var environment = new Dictionary<string, string?>
        {
            ["FLOW_HOSTNAME"] = "127.0.0.2",
            ["FLOW_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FLOW_SEEDS"] = $"akka.tcp://flow@127.0.0.2:{port}",
        };

        var run = await Cli.RunAsync(Products.Flow, ["host", "--config", Products.Hocon("host.conf"), "--flow", flow, "--workspace", temp.Sub("ws")], environment);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("STOPPED", run.Output);
        Assert.Contains("NoSuchExecutor", run.Error);
    }
}
