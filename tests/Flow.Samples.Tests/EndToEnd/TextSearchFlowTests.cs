using Flow.Actors.Client;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Actors.Hosting;
using Flow.Samples.TextSearch;
using Flow.Samples.Tests.Support;

namespace Flow.Samples.Tests.EndToEnd;

public sealed class TextSearchFlowTests
{
    private const string Query = "read all lines of a text file";

    private static FlowDefinition Definition(bool yaml, string corpus)
    {
        if (!yaml)
        {
            return TextSearchFlow.Build(corpus);
        }

        var shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "flow.yml"));
        Assert.Contains("corpus: sdk", shipped, StringComparison.Ordinal);
        return FlowDefinition.Parse(shipped.Replace("corpus: sdk", $"corpus: '{corpus}'", StringComparison.Ordinal), "flow.yml");
    }

    private static async Task<List<(string Name, double Score)>> SearchAsync(FlowClient client)
    {
        var answer = await client.PostAsync("/search", [new Document(Query)]);

        // Of the two ReadAllLines overloads the ranker keeps the better one (the one that says "text file").
        Assert.Equal("M:Demo.IO.TextFile.ReadAllLines(System.String)", answer[0].Matches[0].Id);
        return answer[0].Matches.Select(m => (m.Tags["name"]!.GetValue<string>(), Math.Round(m.Scores["cosine"].Value, 4))).ToList();
    }

    [Fact]
    public void ShippedYaml_SameFlowAsCSharp()
    {
        var registry = TextSearchFlow.CreateRegistry();
        var csharp = Definition(yaml: false, "sdk");
        var yaml = Definition(yaml: true, "sdk");

        static object Shape(Flow.Core.Flows.ExecutorDefinition e, Flow.Core.Executors.ExecutorRegistry registry) => new
        {
            e.Name,
            Type = e.UsesType ?? registry.Resolve(e.Uses),
            Needs = string.Join(",", e.Needs),
            e.Replicas,
            e.Shards,
            Polling = string.Join(",", new[] { "/index", "/search", "/status", "/persist" }.Select(e.Polling.Resolve)),
            UsesWith = e.UsesWith?.ToJsonString(),
        };

        Assert.Equal(csharp.Executors.Select(e => Shape(e, registry)), yaml.Executors.Select(e => Shape(e, registry)));
        Assert.Equal(["extractor", "vectorizer", "indexer", "ranker"], yaml.Executors.Select(e => e.Name));
        Assert.Equal("Any,All,All,All", string.Join(",", new[] { "/index", "/search", "/status", "/persist" }.Select(yaml.Executors[2].Polling.Resolve)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Flow_SyntheticCorpus_IndexSearchRestartReload_ExactTopResults(bool yaml)
    {
        using var temp = new TempDirectory();
        var corpus = SyntheticCorpus.WriteTo(temp.Sub("docs"));
        var definition = Definition(yaml, corpus);
        var options = new FlowHostOptions { Workspace = temp.Sub("ws"), Registry = TextSearchFlow.CreateRegistry(), DefaultTimeout = TimeSpan.FromSeconds(20) };
        List<(string Name, double Score)> first;
        await using (var host = await FlowHost.StartAsync(definition, options))
        {
            var progress = new List<FlowProgress>();
            await host.Client.PostAsync("/index", Flow.Samples.TextSearch.Corpus.XmlDocCorpus.LoadDocuments(corpus), new PostOptions { RequestSize = 2, Progress = new SyncProgress(progress) });
            await host.Client.PostAsync("/persist", [new Document()]);
            first = await SearchAsync(host.Client);
            Assert.Equal(SyntheticCorpus.MemberCount, progress.Max(p => p.DocumentsDone));
        }

        Assert.True(new FileInfo(Path.Combine(temp.Sub("ws"), "indexer", "0", "index.bin")).Length > 16);
        Assert.True(new FileInfo(Path.Combine(temp.Sub("ws"), "indexer", "1", "index.bin")).Length > 16);
        await using var restarted = await FlowHost.StartAsync(definition, options);
        var status = await restarted.Client.PostAsync("/status", [new Document { Id = "status" }]);
        var second = await SearchAsync(restarted.Client);

        Assert.Equal(["indexer/shard-0/rep-0", "indexer/shard-1/rep-0"], status[0].Matches.Select(m => m.Id));
        Assert.Equal(SyntheticCorpus.MemberCount, status[0].Matches.Sum(m => m.Scores["rows"].Value));
        Assert.Equal(ExpectedTop, first.Select(r => r.Name));
        Assert.Equal([0.9462, 0.8499, 0.4910, 0.3666], first.Select(r => r.Score));
        Assert.Equal(first, second);
    }

    private static readonly string[] ExpectedTop = ["Demo.IO.TextFile.ReadAllLines", "Demo.IO.TextFile.ReadLines", "Demo.IO.TextFile.WriteAllText", "Demo.IO.TextFile"];

    private sealed class SyncProgress(List<FlowProgress> reports) : IProgress<FlowProgress>
    {
        public void Report(FlowProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
