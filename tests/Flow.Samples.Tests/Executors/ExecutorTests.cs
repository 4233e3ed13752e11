using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Samples.TextSearch.Corpus;
using Flow.Samples.TextSearch.Executors;
using Flow.Samples.Tests.Support;

namespace Flow.Samples.Tests.Executors;

public sealed class ExecutorTests
{
    private static Document Member(string id, string summary) => new()
    {
        Id = id,
        Text = $"""<member name="{id}"><summary>{summary}</summary></member>""",
        MimeType = XmlDocCorpus.MemberXmlMimeType,
    };

    private static Document Match(string id, string name, double score)
    {
        var match = new Document { Id = id };
        match.Tags["name"] = name;
        match.Scores["cosine"] = new NamedScore(score, "cosine");
        return match;
    }

    [Fact]
    public async Task Extractor_MemberXml_PlainTextAndNameTagQueriesUntouched()
    {
        var extractor = ExecutorHarness.Create<MemberTextExtractor>("extractor");
        var docs = new DocumentArray([Member("M:Demo.IO.TextFile.ReadLines(System.String)", "Reads the <b>lines</b> of a file."), new Document("  a query ")]);

        var result = await extractor.InvokeAsync("/index", docs);

        Assert.Equal("Demo.IO.TextFile.ReadLines TextFile.ReadLines: Reads the lines of a file.", result[0].Text);
        Assert.Equal("text/plain", result[0].MimeType);
        Assert.Equal("Demo.IO.TextFile.ReadLines", result[0].Tags["name"]!.GetValue<string>());
        Assert.Equal("  a query ", result[1].Text);
        Assert.Null(result[1].MimeType);
    }

    [Fact]
    public async Task Vectorizer_TwoReplicas_FitOnceIntoShardWorkspaceSameEmbeddings()
    {
        using var temp = new TempDirectory();
        var corpus = SyntheticCorpus.WriteTo(temp.Sub("docs"));
        var usesWith = new JsonObject { ["corpus"] = corpus };

        var first = ExecutorHarness.Create<TfIdfVectorizer>("vectorizer", temp.Sub("ws"), usesWith, replica: 0, replicas: 2);
        var second = ExecutorHarness.Create<TfIdfVectorizer>("vectorizer", temp.Sub("ws"), (JsonObject)usesWith.DeepClone(), replica: 1, replicas: 2);
        var a = await first.InvokeAsync("/search", new DocumentArray([new Document("read all lines")]));
        var b = await second.InvokeAsync("/search", new DocumentArray([new Document("read all lines")]));

        Assert.True(File.Exists(Path.Combine(temp.Sub("ws"), "vectorizer", "0", TfIdfVectorizer.ModelFileName)));
        Assert.Equal(a[0].Embedding, b[0].Embedding);
        Assert.Equal(3, a[0].Embedding!.Values.Length);   // all, line, read
        Assert.Equal(((TfIdfVectorizer)first.Executor).Dimension, a[0].Embedding!.Dimension);
    }

    [Fact]
    public async Task Indexer_PersistThenRestart_ReloadsShardFromWorkspace()
    {
        using var temp = new TempDirectory();
        var shard = ExecutorHarness.Create<SparseVectorIndexer>("indexer", temp.Path, shard: 1, shards: 2);
        var stored = new Document { Id = "m1", Embedding = Embedding.Sparse(3, [0, 2], [1f, 1f]) };
        stored.Tags["name"] = "Demo.M1";
        await shard.InvokeAsync("/index", new DocumentArray([stored, new Document { Id = "m2", Embedding = Embedding.Sparse(3, [1], [1f]) }]));
        await shard.InvokeAsync("/persist", new DocumentArray());
        await shard.DisposeAsync();

        var restarted = ExecutorHarness.Create<SparseVectorIndexer>("indexer", temp.Path, shard: 1, shards: 2);
        var result = await restarted.InvokeAsync("/search", new DocumentArray([new Document { Id = "q", Embedding = Embedding.Sparse(3, [0], [1f]) }]));

        Assert.True(File.Exists(Path.Combine(temp.Path, "indexer", "1", SparseVectorIndexer.IndexFileName)));
        Assert.Equal(2, ((SparseVectorIndexer)restarted.Executor).Count);
        var match = Assert.Single(result[0].Matches);
        Assert.Equal("m1", match.Id);
        Assert.Equal("Demo.M1", match.Tags["name"]!.GetValue<string>());
        Assert.Equal(1 / Math.Sqrt(2), match.Scores["cosine"].Value, 6);
    }

    [Fact]
    public async Task Indexer_Status_OneMatchPerShardWithRowCount()
    {
        using var temp = new TempDirectory();
        var shard = ExecutorHarness.Create<SparseVectorIndexer>("indexer", temp.Path, shard: 1, shards: 2);
        await shard.InvokeAsync("/index", new DocumentArray([new Document { Id = "m1", Embedding = Embedding.Sparse(3, [0], [1f]) }]));

        var result = await shard.InvokeAsync("/status", new DocumentArray([new Document { Id = "status" }]));

        var match = Assert.Single(result[0].Matches);
        Assert.Equal("indexer/shard-1/rep-0", match.Id);
        Assert.Equal(1, match.Scores["rows"].Value);
    }

    [Fact]
    public async Task Indexer_SearchTopKParameter_LimitsMatches()
    {
        using var temp = new TempDirectory();
        var shard = ExecutorHarness.Create<SparseVectorIndexer>("indexer", temp.Path);
        await shard.InvokeAsync("/index", new DocumentArray([
            new Document { Id = "x", Embedding = Embedding.Sparse(2, [0], [1f]) },
            new Document { Id = "y", Embedding = Embedding.Sparse(2, [0, 1], [1f, 1f]) }]));

        var result = await shard.InvokeAsync("/search", new DocumentArray([new Document { Embedding = Embedding.Sparse(2, [0], [1f]) }]), new JsonObject { ["top_k"] = 1 });

        Assert.Equal(["x"], result[0].Matches.Select(m => m.Id));
    }

    [Fact]
    public async Task Ranker_ShardMatches_SortedDedupedByNameTopK()
    {
        var ranker = ExecutorHarness.Create<MatchRanker>("ranker", usesWith: new JsonObject { ["top_k"] = 3 });
        var query = new Document("q");
        foreach (var m in new[]
        {
            Match("s0-a", "N.A", 0.5), Match("s0-b", "N.B", 0.9), Match("s0-c", "N.C", 0.1),
            Match("s1-b2", "N.B", 0.95), Match("s1-d", "N.D", 0.7), Match("s1-e", "N.E", 0.5),
        })
        {
            query.Matches.Add(m);
        }

        var result = await ranker.InvokeAsync("/search", new DocumentArray([query]));

        Assert.Equal(["s1-b2", "s1-d", "s0-a"], result[0].Matches.Select(m => m.Id));
    }
}
