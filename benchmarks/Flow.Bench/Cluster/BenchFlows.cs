using Flow.Bench.Executors;
using Flow.Core.Flows;

namespace Flow.Bench.Cluster;

/// <summary>The Flows of the cluster benchmarks, by name: every node builds the same definition from the same name.</summary>
internal static class BenchFlows
{
    /// <summary>The cluster role of the benchmark process's node in the cross-node Flow.</summary>
    public const string Near = "near";

    /// <summary>The cluster role of the other node in the cross-node Flow.</summary>
    public const string Far = "far";

    /// <summary>The cluster role of the hosts in the recovery Flow.</summary>
    public const string Index = "index";

    /// <summary>
    /// <c>cross-node</c>: <c>first</c> (a no-op on the benchmark's node) → <c>second</c> (a no-op on the other node), so
    /// every request crosses to the other node and its response crosses back. <c>recovery</c>: one executor
    /// <c>store</c> (2 shards polled ALL, so every <c>/search</c> needs both: <c>/index</c> stays ANY, as in Jina; 1 replica each) on the hosts of role <c>index</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown name.</exception>
    public static FlowDefinition Build(string name) => name switch
    {
        "cross-node" => new FlowBuilder()
            .Add<NoOpExecutor>("first", role: Near)
            .Add<NoOpExecutor>("second", role: Far)
            .Build(),
        "recovery" => new FlowBuilder()
            .Add<ProcessIdExecutor>("store", shards: 2, polling: "ALL", role: Index)
            .Build(),
        _ => throw new ArgumentException($"no benchmark Flow named '{name}' (cross-node, recovery)", nameof(name)),
    };
}
