using System.Globalization;
using System.Text.Json.Nodes;
using Flow.Cluster.Tests.Support;
using Flow.TestKit.MultiNode;
using Flow.Tests.Shared;

namespace Flow.Cluster.Tests;

/// <summary>
/// Runs the README's "A cluster on one machine" commands as written (split into words as sh would, their environment
/// assignments as the process's environment), then samples/ActorClient's README command against that cluster. What a
/// test must change, and only that: the seed's port (a free one instead of 4053, so that the test never meets a port in
/// use) and the workspace (a temporary folder, indexed first by the TextSearch sample as the README's "Front doors" does,
/// instead of artifacts/textsearch).
/// </summary>
public sealed class ReadmeClusterTests : IDisposable
{
    private const string Query = "read all lines of a text file";
    private readonly TempDirectory _temp = new();
    private readonly List<NodeProcess> _nodes = [];

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            node.Dispose();
        }

        _temp.Dispose();
    }

    [Fact]
    public async Task Readme_ClusterCommands_ThreeNodesServeTextSearchToFlowPostAndTheActorClient()
    {
        var commands = ShCommands(Path.Combine(Products.Root, "README.md"), "\n## A cluster on one machine\n");
        Assert.Equal(4, commands.Count);
        var workspace = _temp.Sub("textsearch");
        var index = await Cli.RunAsync(Products.Program("samples/TextSearch", "TextSearch.dll"), ["--query", Query, "--workspace", workspace], timeout: TimeSpan.FromMinutes(5));
        Assert.True(index.ExitCode == 0, "indexing: " + index);

        var port = Loopback.FreePort("127.0.0.2").ToString(CultureInfo.InvariantCulture);
        string Local(string command) =>
            command.Replace("127.0.0.2:4053", "127.0.0.2:" + port, StringComparison.Ordinal).Replace("artifacts/textsearch", workspace, StringComparison.Ordinal);

        var seed = Start(Local(commands[0]), ("FLOW_PORT", port));
        var hosts = new[] { Start(Local(commands[1])), Start(Local(commands[2])) };
        await seed.WaitReadyAsync(TestCluster.StartTimeout);
        var h3 = await hosts[0].WaitReadyAsync(TestCluster.StartTimeout);
        var h4 = await hosts[1].WaitReadyAsync(TestCluster.StartTimeout);
        Assert.Equal(("127.0.0.2", int.Parse(port, CultureInfo.InvariantCulture)), (seed.Address.Host, seed.Address.Port!.Value));
        Assert.Equal(["127.0.0.3", "127.0.0.4"], new[] { h3.Host, h4.Host });

        var (postDll, postArguments, _) = Parse(Local(commands[3]));
        var post = await Cli.RunAsync(postDll, postArguments);
        Assert.True(post.ExitCode == 0, "flow post: " + post);
        var doc = JsonNode.Parse(Assert.Single(post.Output))!.AsObject();
        Assert.Equal(Query, doc["text"]!.GetValue<string>());
        var matches = doc["matches"]!.AsArray();
        Assert.Equal(5, matches.Count);
        Assert.Equal("System.IO.File.ReadAllLines", matches[0]!["tags"]!["name"]!.GetValue<string>());

        // The indexer's two shards run on the hosts, never on the seed (its role is seed).
        var status = await Cli.FlowAsync("status", "--contact", $"akka.tcp://flow@127.0.0.2:{port}");
        Assert.True(status.ExitCode == 0, "flow status: " + status);
        foreach (var shard in new[] { "indexer shard 0: ", "indexer shard 1: " })
        {
            var line = Assert.Single(status.Output, l => l.TrimStart().StartsWith(shard, StringComparison.Ordinal)).Trim();
            Assert.Contains(line[shard.Length..].Split("  ")[0], new[] { h3.ToString(), h4.ToString() });
        }

        var client = ShCommands(Path.Combine(Products.Root, "samples", "ActorClient", "README.md"), "\nStart the three-node cluster");
        var prefix = "dotnet run -c Release --project samples/ActorClient -- ";
        Assert.StartsWith(prefix, client[0], StringComparison.Ordinal);
        var answer = await Cli.RunAsync(Products.Program("samples/ActorClient", "ActorClient.dll"), ShellWords.Split(Local(client[0])[prefix.Length..]));
        Assert.True(answer.ExitCode == 0, "ActorClient: " + answer);
        Assert.Equal(5, answer.Output.Count);
        Assert.StartsWith("1. System.IO.File.ReadAllLines  0.", answer.Output[0], StringComparison.Ordinal);

        foreach (var host in hosts)
        {
            Assert.Equal(0, await host.TerminateAsync(TimeSpan.FromSeconds(60)));
        }
    }

    private NodeProcess Start(string command, params (string Name, string Value)[] extra)
    {
        var (dll, arguments, environment) = Parse(command);
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        var node = NodeProcess.Start(dll, arguments, environment, Products.Root);
        _nodes.Add(node);
        return node;
    }

    /// <summary>A README line <c>[VAR=value]... dotnet &lt;dll&gt; &lt;arguments&gt;</c>: the dll (from the repository root), its arguments, and the environment (FLOW_* not set by the line cleared).</summary>
    private static (string Dll, List<string> Arguments, Dictionary<string, string?> Environment) Parse(string command)
    {
        var words = ShellWords.Split(command);
        var environment = new Dictionary<string, string?> { ["FLOW_HOSTNAME"] = null, ["FLOW_PORT"] = null, ["FLOW_SEEDS"] = null, ["FLOW_ROLES"] = null, ["FLOW_LOGLEVEL"] = null };
        var i = 0;
        for (; i < words.Count && words[i].Contains('=', StringComparison.Ordinal); i++)
        {
            var at = words[i].IndexOf('=', StringComparison.Ordinal);
            environment[words[i][..at]] = words[i][(at + 1)..];
        }

        Assert.Equal("dotnet", words[i]);
        return (Path.Combine(Products.Root, words[i + 1]), words[(i + 2)..], environment);
    }

    /// <summary>The lines of the first <c>```sh</c> block after <paramref name="heading"/> in <paramref name="file"/>.</summary>
    private static List<string> ShCommands(string file, string heading)
    {
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        var section = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(section >= 0, $"{file} has no '{heading.Trim()}'");
        var start = text.IndexOf("```sh\n", section, StringComparison.Ordinal) + "```sh\n".Length;
        var end = text.IndexOf("```", start, StringComparison.Ordinal);
        return [.. text[start..end].Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
