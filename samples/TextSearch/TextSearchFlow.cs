using System.Text.Json.Nodes;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Samples.TextSearch.Executors;

namespace Flow.Samples.TextSearch;

/// <summary>The sample's Flow in C#; <c>flow.yml</c> is the same Flow in YAML.</summary>
public static class TextSearchFlow
{
    /// <summary>Matches each indexer shard returns before the final ranking.</summary>
    public const int ShardTopK = 20;

    /// <summary>Results the ranker keeps.</summary>
    public const int TopK = 5;

    /// <summary>
    /// extractor → vectorizer (2 replicas) → indexer (2 shards; <c>/index</c> ANY, everything else ALL) → ranker.
    /// </summary>
    /// <param name="corpus">What the vectorizer fits its vocabulary on: <c>sdk</c> or a directory of XML doc files.</param>
    /// <returns>The validated Flow.</returns>
    public static FlowDefinition Build(string corpus = "sdk") =>
        new FlowBuilder()
            .Add<MemberTextExtractor>("extractor")
            .Add<TfIdfVectorizer>("vectorizer", replicas: 2, usesWith: new JsonObject { ["corpus"] = corpus })
            .Add<SparseVectorIndexer>(
                "indexer",
                shards: 2,
                polling: PollingSpec.PerEndpoint([new("/index", "ANY"), new("/search", "ALL"), new("*", "ALL")]),
                usesWith: new JsonObject { ["top_k"] = ShardTopK })
            .Add<MatchRanker>("ranker", usesWith: new JsonObject { ["top_k"] = TopK })
            .Build();

    /// <summary>A registry that resolves the YAML <c>uses:</c> names of the sample's executors (give it to <c>FlowHostOptions.Registry</c>).</summary>
    /// <returns>A new registry with the built-in and the sample's executors.</returns>
    public static ExecutorRegistry CreateRegistry()
    {
        var registry = new ExecutorRegistry();
        Register(registry);
        return registry;
    }

    /// <summary>Registers the sample's executors so that YAML <c>uses:</c> names resolve to them.</summary>
    /// <param name="registry">The registry.</param>
    public static void Register(ExecutorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Register<MemberTextExtractor>();
        registry.Register<TfIdfVectorizer>();
        registry.Register<SparseVectorIndexer>();
        registry.Register<MatchRanker>();
    }
}
