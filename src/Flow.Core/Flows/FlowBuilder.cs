using System.Text.Json.Nodes;
using Flow.Core.Executors;

namespace Flow.Core.Flows;

/// <summary>
/// The fluent C# form of a Flow (Jina's <c>Flow().add(...).needs(...)</c>). Records executors in order;
/// <see cref="Build"/> validates them and computes the topology. Not thread-safe.
/// </summary>
/// <example>
/// <code>
/// var flow = new FlowBuilder()
///     .Add("p1", needs: ["gateway"])
///     .Add("p2", needs: ["gateway"])
///     .Needs(["p1", "p2"], name: "r1")
///     .Build();
/// </code>
/// </example>
public sealed class FlowBuilder
{
    /// <summary>The default name of the executor <see cref="Needs"/> and <see cref="NeedsAll"/> add (as Jina).</summary>
    public const string DefaultJoinerName = "joiner";

    private readonly List<string> _warnings = [];
    private readonly List<ExecutorDefinition> _executors = [];
    private readonly JsonObject _with = new();
    private string? _lastNonFloating;

    /// <summary>The executors added so far, in order.</summary>
    public IReadOnlyList<ExecutorDefinition> Executors => _executors;

    /// <summary>Where the Flow was read from, when it came from YAML.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Sets a Flow-level option (Jina's <c>Flow(...)</c> keyword / YAML <c>with:</c>).</summary>
    /// <param name="key">The option name.</param>
    /// <param name="value">Its JSON-like value (taken).</param>
    /// <returns>This builder.</returns>
    public FlowBuilder With(string key, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _with[key] = value?.Parent is null ? value : value.DeepClone();
        return this;
    }

    /// <summary>
    /// Adds an executor (Jina's <c>.add</c>). Without <paramref name="needs"/> it needs the previous
    /// non-floating executor (<c>gateway</c> for the first); without <paramref name="name"/> it is named
    /// <c>executor&lt;n&gt;</c> (n = its 0-based position). Errors are reported by <see cref="Build"/>.
    /// </summary>
    /// <param name="name">Unique name.</param>
    /// <param name="uses">Executor type name; null: BaseExecutor.</param>
    /// <param name="needs">Predecessors in order, <c>gateway</c> for the entry.</param>
    /// <param name="replicas">Replicas per shard.</param>
    /// <param name="shards">Number of shards.</param>
    /// <param name="polling">Polling (<c>"ANY"</c>, <c>"ALL"</c> or <see cref="PollingSpec.PerEndpoint"/>); null: defaults.</param>
    /// <param name="usesBefore">Executor run before the shards.</param>
    /// <param name="usesAfter">Executor that merges the shards' results instead of reduce.</param>
    /// <param name="usesWith">Constructor arguments.</param>
    /// <param name="workspace">Workspace root.</param>
    /// <param name="floating">Runs without reaching or delaying the response.</param>
    /// <param name="noReduce">At a join: concatenate the parts instead of reducing them.</param>
    /// <param name="when">docarray query-language filter on the documents the executor receives.</param>
    /// <param name="role">In a cluster, the role of the nodes that run the executor's shards and replicas; null: any node.</param>
    /// <param name="usesMetas">Jina's <c>uses_metas</c>: <c>workspace</c> (the workspace root) and <c>name</c> (the executor's workspace folder).</param>
    /// <param name="retries">Jina's <c>retries</c>: retries of a request whose replica crashed (negative: <c>max(3, replicas)</c>); null: the host's.</param>
    /// <param name="usesRequests">Jina's <c>uses_requests</c>: endpoint → method name, rebinding the executor's handlers; null: its <c>[Requests]</c>.</param>
    /// <returns>This builder.</returns>
    public FlowBuilder Add(
        string? name = null,
        string? uses = null,
        IReadOnlyList<string>? needs = null,
        int replicas = 1,
        int shards = 1,
        PollingSpec? polling = null,
        string? usesBefore = null,
        string? usesAfter = null,
        JsonObject? usesWith = null,
        string? workspace = null,
        bool floating = false,
        bool noReduce = false,
        JsonObject? when = null,
        string? role = null,
        JsonObject? usesMetas = null,
        int? retries = null,
        IReadOnlyDictionary<string, string>? usesRequests = null) =>
        AddCore(null, name, uses, needs, replicas, shards, polling, usesBefore, usesAfter, usesWith, workspace, floating, noReduce, when, null, role, usesMetas, retries, usesRequests);

    /// <summary>Adds an executor of type <typeparamref name="TExecutor"/>; see <see cref="Add(string?, string?, IReadOnlyList{string}?, int, int, PollingSpec?, string?, string?, JsonObject?, string?, bool, bool, JsonObject?, string?, JsonObject?, int?, IReadOnlyDictionary{string, string}?)"/>.</summary>
    /// <typeparam name="TExecutor">The executor type.</typeparam>
    /// <param name="name">Unique name.</param>
    /// <param name="needs">Predecessors in order.</param>
    /// <param name="replicas">Replicas per shard.</param>
    /// <param name="shards">Number of shards.</param>
    /// <param name="polling">Polling.</param>
    /// <param name="usesBefore">Executor run before the shards.</param>
    /// <param name="usesAfter">Executor that merges the shards' results.</param>
    /// <param name="usesWith">Constructor arguments.</param>
    /// <param name="workspace">Workspace root.</param>
    /// <param name="floating">Runs without reaching the response.</param>
    /// <param name="noReduce">At a join: concatenate instead of reduce.</param>
    /// <param name="when">Filter on the documents the executor receives.</param>
    /// <param name="role">In a cluster, the role of the nodes that run the executor; null: any node.</param>
    /// <param name="usesMetas">Jina's <c>uses_metas</c> (<c>workspace</c>, <c>name</c>).</param>
    /// <param name="retries">Jina's <c>retries</c> (negative: <c>max(3, replicas)</c>); null: the host's.</param>
    /// <param name="usesRequests">Jina's <c>uses_requests</c> (endpoint → method name); null: its <c>[Requests]</c>.</param>
    /// <returns>This builder.</returns>
    public FlowBuilder Add<TExecutor>(
        string? name = null,
        IReadOnlyList<string>? needs = null,
        int replicas = 1,
        int shards = 1,
        PollingSpec? polling = null,
        string? usesBefore = null,
        string? usesAfter = null,
        JsonObject? usesWith = null,
        string? workspace = null,
        bool floating = false,
        bool noReduce = false,
        JsonObject? when = null,
        string? role = null,
        JsonObject? usesMetas = null,
        int? retries = null,
        IReadOnlyDictionary<string, string>? usesRequests = null)
        where TExecutor : Executor =>
        AddCore(typeof(TExecutor), name, typeof(TExecutor).FullName, needs, replicas, shards, polling, usesBefore, usesAfter, usesWith, workspace, floating, noReduce, when, null, role, usesMetas, retries, usesRequests);

    /// <summary>
    /// Jina's <c>.needs(needs, name)</c>: adds an executor that joins at least two executors, in the
    /// order given (the parts are reduced in that order unless <paramref name="noReduce"/>).
    /// </summary>
    /// <param name="needs">Two or more predecessor names.</param>
    /// <param name="name">The joiner's name.</param>
    /// <param name="uses">Executor type name; null: BaseExecutor.</param>
    /// <param name="replicas">Replicas per shard.</param>
    /// <param name="shards">Number of shards.</param>
    /// <param name="polling">Polling.</param>
    /// <param name="usesBefore">Executor that replaces the default reduce at this join.</param>
    /// <param name="usesAfter">Executor that merges the shards' results.</param>
    /// <param name="usesWith">Constructor arguments.</param>
    /// <param name="workspace">Workspace root.</param>
    /// <param name="floating">Runs without reaching the response.</param>
    /// <param name="noReduce">Concatenate the parts instead of reducing them.</param>
    /// <param name="when">Filter on the documents the executor receives.</param>
    /// <param name="role">In a cluster, the role of the nodes that run the executor; null: any node.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="FlowValidationException">Fewer than two names.</exception>
    public FlowBuilder Needs(
        IReadOnlyList<string> needs,
        string name = DefaultJoinerName,
        string? uses = null,
        int replicas = 1,
        int shards = 1,
        PollingSpec? polling = null,
        string? usesBefore = null,
        string? usesAfter = null,
        JsonObject? usesWith = null,
        string? workspace = null,
        bool floating = false,
        bool noReduce = false,
        JsonObject? when = null,
        string? role = null)
    {
        ArgumentNullException.ThrowIfNull(needs);
        if (needs.Count < 2)
        {
            throw new FlowValidationException($"Executor '{name}': needs() joins at least two executors, got {needs.Count}; use Add(needs: ...) for one.");
        }

        return Add(name, uses, needs, replicas, shards, polling, usesBefore, usesAfter, usesWith, workspace, floating, noReduce, when, role);
    }

    /// <summary>
    /// Jina's <c>.needs_all(name)</c>: adds an executor that needs every non-floating executor that no
    /// executor needs yet, in the order they were added (<c>gateway</c> when there is none).
    /// </summary>
    /// <param name="name">The joiner's name.</param>
    /// <param name="uses">Executor type name; null: BaseExecutor.</param>
    /// <param name="replicas">Replicas per shard.</param>
    /// <param name="shards">Number of shards.</param>
    /// <param name="polling">Polling.</param>
    /// <param name="usesBefore">Executor that replaces the default reduce at this join.</param>
    /// <param name="usesAfter">Executor that merges the shards' results.</param>
    /// <param name="usesWith">Constructor arguments.</param>
    /// <param name="workspace">Workspace root.</param>
    /// <param name="floating">Runs without reaching the response.</param>
    /// <param name="noReduce">Concatenate the parts instead of reducing them.</param>
    /// <param name="when">Filter on the documents the executor receives.</param>
    /// <returns>This builder.</returns>
    public FlowBuilder NeedsAll(
        string name = DefaultJoinerName,
        string? uses = null,
        int replicas = 1,
        int shards = 1,
        PollingSpec? polling = null,
        string? usesBefore = null,
        string? usesAfter = null,
        JsonObject? usesWith = null,
        string? workspace = null,
        bool floating = false,
        bool noReduce = false,
        JsonObject? when = null) =>
        Add(name, uses, Hanging(), replicas, shards, polling, usesBefore, usesAfter, usesWith, workspace, floating, noReduce, when);

    /// <summary>Validates the executors and computes the topology.</summary>
    /// <returns>The immutable, validated Flow definition.</returns>
    /// <exception cref="FlowValidationException">Every problem found, each naming its executor (and YAML file:line).</exception>
    public FlowDefinition Build()
    {
        var executors = _executors.ToArray();
        var topology = FlowValidator.Validate(executors);
        return new FlowDefinition(executors, topology, (JsonObject)_with.DeepClone(), Source) { Warnings = [.. _warnings] };
    }

    /// <summary>Notes a setting the Flow accepts but does not use (a Jina deployment setting); it ends up in <see cref="FlowDefinition.Warnings"/>.</summary>
    internal void Warn(string warning) => _warnings.Add(warning);

    internal FlowBuilder AddDefinition(ExecutorDefinition definition, bool needsGiven)
    {
        // As Jina (needs is a set there): a name listed twice is needed once, at its first position.
        var resolved = needsGiven && definition.Needs.Count > 0
            ? definition with { Needs = definition.Needs.Distinct(StringComparer.Ordinal).ToArray() }
            : definition with { Needs = [_lastNonFloating ?? FlowTopology.Gateway] };
        _executors.Add(resolved);
        if (!resolved.Floating)
        {
            _lastNonFloating = resolved.Name;
        }

        return this;
    }

    private FlowBuilder AddCore(
        Type? usesType, string? name, string? uses, IReadOnlyList<string>? needs, int replicas, int shards, PollingSpec? polling,
        string? usesBefore, string? usesAfter, JsonObject? usesWith, string? workspace, bool floating, bool noReduce, JsonObject? when, SourceLocation? source,
        string? role = null, JsonObject? usesMetas = null, int? retries = null, IReadOnlyDictionary<string, string>? usesRequests = null)
    {
        var definition = new ExecutorDefinition
        {
            Name = string.IsNullOrEmpty(name) ? $"executor{_executors.Count}" : name,
            Uses = uses,
            UsesType = usesType,
            Needs = needs is null ? [] : [.. needs],
            Replicas = replicas,
            Shards = shards,
            Polling = polling ?? PollingSpec.Default,
            UsesBefore = usesBefore,
            UsesAfter = usesAfter,
            UsesWith = usesWith,
            Workspace = workspace,
            Floating = floating,
            NoReduce = noReduce,
            When = when,
            Source = source,
            Role = role,
            Retries = retries,
            UsesRequests = usesRequests is null ? null : new Dictionary<string, string>(usesRequests, StringComparer.Ordinal),
        };
        if (usesMetas is not null)
        {
            definition = UsesMetas.Apply(definition, usesMetas, key => new FlowValidationException($"{definition.Describe()}: unknown key 'uses_metas.{key}' (supported: workspace, name)."));
        }

        return AddDefinition(definition, needs is not null);
    }

    private string[] Hanging()
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in _executors)
        {
            foreach (var n in e.Needs)
            {
                needed.Add(n);
            }
        }

        var hanging = new List<string>();
        foreach (var e in _executors)
        {
            if (!e.Floating && !needed.Contains(e.Name))
            {
                hanging.Add(e.Name);
            }
        }

        return hanging.Count == 0 ? [FlowTopology.Gateway] : [.. hanging];
    }
}
