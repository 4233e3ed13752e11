using System.Text.Json.Nodes;

namespace Flow.Core.Flows;

/// <summary>
/// One executor of a Flow definition, as written (Jina's <c>.add(...)</c> arguments or an
/// <c>executors:</c> entry), with <see cref="Needs"/> already defaulted to the previous executor.
/// </summary>
public sealed record ExecutorDefinition
{
    /// <summary>The unique name (Jina's <c>name</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The executor type name (Jina's <c>uses</c>); null means <c>BaseExecutor</c>.</summary>
    public string? Uses { get; init; }

    /// <summary>The executor type when given as a type (<see cref="FlowBuilder.Add{TExecutor}"/>), else null.</summary>
    public Type? UsesType { get; init; }

    /// <summary>Constructor arguments (Jina's <c>uses_with</c>), or null.</summary>
    public JsonObject? UsesWith { get; init; }

    /// <summary>The predecessors, in the order written (<c>gateway</c> for the Flow's entry).</summary>
    public required IReadOnlyList<string> Needs { get; init; }

    /// <summary>Replicas per shard (≥ 1).</summary>
    public int Replicas { get; init; } = 1;

    /// <summary>Number of shards (≥ 1; YAML alias <c>parallel</c>).</summary>
    public int Shards { get; init; } = 1;

    /// <summary>Polling per endpoint.</summary>
    public PollingSpec Polling { get; init; } = PollingSpec.Default;

    /// <summary>An executor that sees the request before the shards (Jina's <c>uses_before</c>), or null.</summary>
    public string? UsesBefore { get; init; }

    /// <summary>
    /// An executor that receives the shards' concatenated documents and docs matrix instead of the
    /// default reduce (Jina's <c>uses_after</c>), or null.
    /// </summary>
    public string? UsesAfter { get; init; }

    /// <summary>The workspace root for this executor, or null for the default.</summary>
    public string? Workspace { get; init; }

    /// <summary>Jina's <c>uses_metas.name</c>: the executor's folder under the workspace root (default: <see cref="Name"/>).</summary>
    public string? MetasName { get; init; }

    /// <summary>In a cluster, the role of the nodes that run this executor's shards and replicas (the others reach it through a proxy); null: any node.</summary>
    public string? Role { get; init; }

    /// <summary>True: the executor runs but its output does not reach (or delay) the response.</summary>
    public bool Floating { get; init; }

    /// <summary>True: at a join the parts are concatenated (and given as the docs matrix) instead of reduced.</summary>
    public bool NoReduce { get; init; }

    /// <summary>A docarray query-language filter: only matching documents reach the executor; null: all.</summary>
    public JsonObject? When { get; init; }

    /// <summary>
    /// Jina's <c>retries</c> for this executor: how many times a request whose replica crashed is retried on another
    /// replica; negative: <c>max(3, replicas)</c>; null: the host's setting (<c>flow.executor.retries</c>).
    /// </summary>
    public int? Retries { get; init; }

    /// <summary>Jina's <c>uses_requests</c>: endpoint → method name, rebinding the executor's handlers (<c>__default__</c>: the default handler); null: as its <c>[Requests]</c> say.</summary>
    public IReadOnlyDictionary<string, string>? UsesRequests { get; init; }

    /// <summary>Where the definition was written, when it came from YAML.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>True when <see cref="UsesBefore"/> names an executor that runs: <c>BaseExecutor</c> (Jina's default) starts nothing and changes nothing.</summary>
    public bool HasUsesBefore => !IsNoOp(UsesBefore);

    /// <summary>True when <see cref="UsesAfter"/> names an executor that runs: <c>BaseExecutor</c> starts nothing and the shards' results are reduced as without it.</summary>
    public bool HasUsesAfter => !IsNoOp(UsesAfter);

    /// <summary>The executor name, with the YAML location when known, for error messages.</summary>
    internal string Describe() => Source is { } s ? $"Executor '{Name}' ({s})" : $"Executor '{Name}'";

    private static bool IsNoOp(string? uses) =>
        string.IsNullOrWhiteSpace(uses)
        || uses is "BaseExecutor" or "Executor"
        || string.Equals(uses, typeof(Executors.BaseExecutor).FullName, StringComparison.Ordinal);
}
