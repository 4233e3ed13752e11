using System.Text.Json.Nodes;
using Flow.Core.Executors;
using Flow.Core.Flows.Yaml;

namespace Flow.Core.Flows;

/// <summary>
/// A validated Flow: its executors in definition order, its topology and its Flow-level options.
/// Immutable once built; what the engine starts from. Create with <see cref="FlowBuilder.Build"/>,
/// <see cref="Load"/> or <see cref="Parse"/>.
/// </summary>
public sealed class FlowDefinition
{
    internal FlowDefinition(IReadOnlyList<ExecutorDefinition> executors, FlowTopology topology, JsonObject with, SourceLocation? source)
    {
        Executors = executors;
        Topology = topology;
        With = with;
        Source = source;
    }

    /// <summary>The executors, in definition order.</summary>
    public IReadOnlyList<ExecutorDefinition> Executors { get; }

    /// <summary>The validated DAG.</summary>
    public FlowTopology Topology { get; }

    /// <summary>Flow-level options (YAML <c>with:</c>); do not modify.</summary>
    public JsonObject With { get; }

    /// <summary>Where the Flow was read from, when it came from YAML.</summary>
    public SourceLocation? Source { get; }

    /// <summary>
    /// Settings of the YAML that Flow accepts but does not use — Jina's deployment settings (containers, GPUs, ports,
    /// monitoring, ...) — each as <c>file:line: executor 'name': ...</c>. <c>FlowHost</c> logs them as warnings when it
    /// starts the Flow. Empty for a Flow built in code.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; internal init; } = [];

    /// <summary>The Flow's name (<c>with: name:</c>, as Jina's <c>Flow(name=...)</c>), or null. A running Flow is named after it unless the host gives a name.</summary>
    public string? Name => With["name"] is JsonValue v && v.TryGetValue<string>(out var name) && name.Length > 0 ? name : null;

    /// <summary>
    /// The workspace root of <paramref name="executor"/>: its own <c>workspace</c>, else the Flow's
    /// (<c>with: workspace:</c>), else null (the engine's default), as Jina derives it from the Flow.
    /// </summary>
    /// <param name="executor">One of <see cref="Executors"/>.</param>
    /// <returns>The workspace root, or null.</returns>
    public string? WorkspaceFor(ExecutorDefinition executor)
    {
        ArgumentNullException.ThrowIfNull(executor);
        return executor.Workspace
            ?? (With["workspace"] is JsonValue v && v.TryGetValue<string>(out var root) ? root : null);
    }

    /// <summary>The runtime info of one replica of one shard of <paramref name="executor"/>.</summary>
    /// <param name="executor">One of <see cref="Executors"/>.</param>
    /// <param name="shardId">The shard, in <c>[0, Shards)</c>.</param>
    /// <param name="replicaId">The replica, in <c>[0, Replicas)</c>.</param>
    /// <returns>Name, shard and replica ids and counts, and <see cref="WorkspaceFor"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id is out of range.</exception>
    public ExecutorRuntimeInfo RuntimeInfoFor(ExecutorDefinition executor, int shardId, int replicaId)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentOutOfRangeException.ThrowIfNegative(shardId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shardId, executor.Shards);
        ArgumentOutOfRangeException.ThrowIfNegative(replicaId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(replicaId, executor.Replicas);
        return new ExecutorRuntimeInfo(executor.Name, shardId, executor.Shards, replicaId, executor.Replicas, WorkspaceFor(executor), executor.MetasName);
    }

    /// <summary>
    /// Creates one replica of one shard of <paramref name="executor"/>: its type is
    /// <see cref="ExecutorDefinition.UsesType"/> when given, else <see cref="ExecutorDefinition.Uses"/>
    /// resolved by <paramref name="registry"/>; <c>uses_with</c> binds to its constructor.
    /// </summary>
    /// <param name="executor">One of <see cref="Executors"/>.</param>
    /// <param name="shardId">The shard.</param>
    /// <param name="replicaId">The replica.</param>
    /// <param name="registry">Where to resolve <c>uses</c>; null: <see cref="ExecutorRegistry.Default"/>.</param>
    /// <returns>The running instance (the caller disposes it).</returns>
    /// <exception cref="ExecutorConstructionException">Unknown <c>uses</c>, bad <c>uses_with</c> or a throwing constructor; names the executor.</exception>
    public ExecutorInstance CreateExecutor(ExecutorDefinition executor, int shardId, int replicaId, ExecutorRegistry? registry = null)
    {
        var runtime = RuntimeInfoFor(executor, shardId, replicaId);
        var usesWith = executor.UsesWith?.DeepClone().AsObject();
        return executor.UsesType is { } type
            ? ExecutorInstance.Create(type, runtime, usesWith, executor.UsesRequests)
            : ExecutorInstance.Create(executor.Uses, registry ?? ExecutorRegistry.Default, runtime, usesWith, executor.UsesRequests);
    }

    /// <summary>Reads and validates a YAML Flow file (Jina's keys: <c>jtype: Flow</c>, <c>with:</c>, <c>executors:</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The Flow.</returns>
    /// <exception cref="FlowValidationException">Malformed YAML, an unknown key or an invalid Flow; errors name the file and line.</exception>
    public static FlowDefinition Load(string path) => FlowYamlLoader.LoadFile(path).Build();

    /// <summary>Parses and validates a YAML Flow.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The name used in error messages (e.g. the file name).</param>
    /// <returns>The Flow.</returns>
    /// <exception cref="FlowValidationException">Malformed YAML, an unknown key or an invalid Flow.</exception>
    public static FlowDefinition Parse(string yaml, string sourceName = "<yaml>") => FlowYamlLoader.Parse(yaml, sourceName).Build();
}
