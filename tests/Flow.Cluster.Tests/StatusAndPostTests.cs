using System.Text.Json.Nodes;
using Flow.Cluster.Tests.Support;

namespace Flow.Cluster.Tests;

/// <summary>The cluster every test here reads: flow-seed on 127.0.0.2, flow host on .3 and .4 running Flows/spec.yml.</summary>
public sealed class SpecClusterFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    internal TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await TestCluster.StartAsync(Products.SpecFlow, Products.TestExecutors, _temp.Sub("workspace"));

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }

        _temp.Dispose();
    }
}

/// <summary><c>flow status</c> and <c>flow post</c> against a running three-node cluster, as a user runs them.</summary>
[Collection(ProcessCollection.Name)]
public sealed class StatusAndPostTests(SpecClusterFixture fixture) : IClassFixture<SpecClusterFixture>
{
    private TestCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task Status_ThreeNodes_PrintsMembersThenWhereEachShardAndReplicaRuns()
    {
        await using var client = await OutsideClient.ConnectAsync(Cluster.Contact, "spec");

        // Status, then where the store's executors answer from, then status again: while the coordinators still
        // rebalance the shards of the nodes that just joined, the two statuses differ and the round is taken again.
        var (status, reports) = await StablePlacementAsync(client);

        var lines = status.Output;
        var seed = Cluster.Seed.Address.ToString();
        var h3 = Cluster.Hosts["127.0.0.3"].Address.ToString();
        var h4 = Cluster.Hosts["127.0.0.4"].Address.ToString();
        Assert.Equal(
            ["members:", $"  {seed}  roles=seed  status=Up  reachable", $"  {h3}  roles=host  status=Up  reachable", $"  {h4}  roles=host  status=Up  reachable", "flow spec:"],
            lines.Take(5));
        var shards = lines.Skip(5).Select(ShardLine.Parse).ToList();
        Assert.Equal(["relay 0", "store 0", "store 1", "store 2", "store 3"], shards.Select(s => $"{s.Executor} {s.Shard}"));
        Assert.All(shards, s => Assert.Contains(s.Node, new[] { h3, h4 }));
        Assert.All(shards, s => Assert.All(s.Replicas, r => Assert.Contains(r, new[] { h3, h4 })));
        Assert.Equal([2, 1, 1, 1, 1], shards.Select(s => s.Replicas.Count));

        // Where status says each store shard's replica runs is where the executor answers from.
        Assert.Equal([0, 1, 2, 3], reports.Select(r => r.Shard));
        Assert.Equal(shards.Skip(1).Select(s => Hostname(s.Replicas[0])), reports.Select(r => r.Node));
    }

    private async Task<(CliResult Status, IReadOnlyList<ShardReport> Reports)> StablePlacementAsync(OutsideClient client)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(40);
        while (true)
        {
            var first = await Cluster.StatusAsync();
            Assert.True(first.ExitCode == 0, first.ToString());
            var reports = await ShardReport.PingAsync(client.Client);
            var second = await Cluster.StatusAsync();
            if (first.Output.SequenceEqual(second.Output) || DateTime.UtcNow > deadline)
            {
                return (second, reports);
            }
        }
    }

    [Fact]
    public async Task Post_Text_PrintsTheResultDocumentAsOneJsonLine()
    {
        var post = await Cluster.PostAsync("spec", "/ping", "--text", "hello");

        Assert.True(post.ExitCode == 0, post.ToString());
        var doc = JsonNode.Parse(Assert.Single(post.Output))!.AsObject();
        Assert.Equal("hello", doc["text"]!.GetValue<string>());
        var id = doc["id"]!.GetValue<string>();
        Assert.Equal(new[] { 0, 1, 2, 3 }.Select(k => $"{id}-shard-{k}"), doc["matches"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
        Assert.Equal(string.Empty, post.Error);
    }

    [Fact]
    public async Task Post_JsonFile_PostsItsDocumentsWithIdsAndTags()
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "docs.json");
        await File.WriteAllTextAsync(file, """[{"id": "a", "text": "first", "tags": {"k": "v"}}, {"id": "b", "text": "second"}]""");

        var post = await Cluster.PostAsync("spec", "/ping", "--json", file);

        Assert.True(post.ExitCode == 0, post.ToString());
        var docs = post.Output.Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(["a", "b"], docs.Select(d => d["id"]!.GetValue<string>()));
        Assert.Equal(["first", "second"], docs.Select(d => d["text"]!.GetValue<string>()));
        Assert.Equal("v", docs[0]["tags"]!["k"]!.GetValue<string>());
        Assert.All(docs, d => Assert.Equal(4, d["matches"]!.AsArray().Count));
    }

    [Fact]
    public async Task Post_ExecutorFails_ExitsOneWithTheErrorOnStandardError()
    {
        var post = await Cluster.PostAsync("spec", "/fail", "--text", "x");

        Assert.Equal(1, post.ExitCode);
        Assert.Empty(post.Output);
        Assert.Matches(@"^flow post: InvalidOperationException: shard \d was asked to fail \(executor 'store'\)$", post.Error);
    }

    [Fact]
    public async Task Post_UnknownFlow_ExitsOneNamingTheFlowAndTheContact()
    {
        var post = await Cluster.PostAsync("nope", "/ping", "--text", "x", "--timeout", "3");

        Assert.Equal(1, post.ExitCode);
        Assert.Empty(post.Output);
        Assert.StartsWith($"flow post: No gateway of Flow 'nope' answered within 3 s through {Cluster.Contact}", post.Error);
    }

    [Fact]
    public async Task Post_ContactNotAnAddress_ExitsTwo()
    {
        var post = await Cli.FlowAsync("post", "--contact", "127.0.0.2:4053", "--flow", "spec", "/ping");

        Assert.Equal(2, post.ExitCode);
        Assert.Equal("flow post: '127.0.0.2:4053' is not a cluster member's address (e.g. akka.tcp://flow@127.0.0.2:4053).", post.Error);
    }

    private static string Hostname(string address) => Akka.Actor.Address.Parse(address).Host!;

    /// <summary>One shard line of <c>flow status</c>: <c>  &lt;executor&gt; shard &lt;k&gt;: &lt;node&gt;  replicas: &lt;node&gt;, ...</c>.</summary>
    private sealed record ShardLine(string Executor, int Shard, string Node, IReadOnlyList<string> Replicas)
    {
        public static ShardLine Parse(string line)
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, @"^  (\S+) shard (\d+): (\S+)  replicas: (.+)$");
            Assert.True(match.Success, $"not a shard line: '{line}'");
            return new ShardLine(match.Groups[1].Value, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[3].Value, match.Groups[4].Value.Split(", "));
        }
    }
}
