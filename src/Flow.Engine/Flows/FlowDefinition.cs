using System.Text.Json.Nodes;
using Flow.Engine.Flows.Yaml;

namespace Flow.Engine.Flows;

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
