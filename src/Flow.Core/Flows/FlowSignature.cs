using System.Text.Json.Nodes;

namespace Flow.Core.Flows;

/// <summary>
/// What must be the same on every node that runs a Flow: for each executor, in definition order, its type, constructor
/// arguments, edges, counts, polling, uses_before / uses_after, flags, filter and role — as lines of text, so that two
/// definitions compare line by line and a difference is named ("executor 'enc': shards 2 here, 3 there"). Workspace
/// roots and metas names may differ per node (each node's own disk).
/// </summary>
public sealed class FlowSignature
{
    private FlowSignature(IReadOnlyList<string> lines) => Lines = lines;

    /// <summary>The signature, one line per property (<c>executor.property=value</c>).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The signature of <paramref name="definition"/>.</summary>
    public static FlowSignature Of(FlowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var lines = new List<string> { "executors=" + string.Join(",", definition.Executors.Select(e => e.Name)) };
        foreach (var e in definition.Executors)
        {
            var p = e.Name + ".";
            lines.Add(p + "uses=" + (e.UsesType?.FullName ?? e.Uses ?? "BaseExecutor"));
            lines.Add(p + "uses_with=" + (e.UsesWith?.ToJsonString() ?? "{}"));
            lines.Add(p + "needs=" + string.Join(",", e.Needs));
            lines.Add(p + "replicas=" + e.Replicas);
            lines.Add(p + "shards=" + e.Shards);
            lines.Add(p + "polling=" + string.Join(",", e.Polling.Map.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Key + ":" + m.Value)));
            lines.Add(p + "uses_before=" + (e.HasUsesBefore ? e.UsesBefore : string.Empty));
            lines.Add(p + "uses_after=" + (e.HasUsesAfter ? e.UsesAfter : string.Empty));
            lines.Add(p + "floating=" + e.Floating);
            lines.Add(p + "no_reduce=" + e.NoReduce);
            lines.Add(p + "when=" + (e.When?.ToJsonString() ?? string.Empty));
            lines.Add(p + "role=" + (e.Role ?? string.Empty));
            if (e.UsesRequests is { Count: > 0 } requests)
            {
                lines.Add(p + "uses_requests=" + string.Join(",", requests.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key + ":" + r.Value)));
            }

            if (e.Retries is { } retries)
            {
                lines.Add(p + "retries=" + retries);
            }
        }

        return new FlowSignature(lines);
    }

    /// <summary>Reads a signature written with <see cref="ToString"/>.</summary>
    public static FlowSignature Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new FlowSignature(text.Split('\n'));
    }

    /// <summary>The first difference with <paramref name="other"/>, as <c>name: here vs there</c>, or null when they are the same.</summary>
    public string? FirstDifference(FlowSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var theirs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in other.Lines)
        {
            var (key, value) = Split(line);
            theirs[key] = value;
        }

        foreach (var line in Lines)
        {
            var (key, value) = Split(line);
            if (!theirs.TryGetValue(key, out var there))
            {
                return $"{key} is {Show(value)} here and absent there";
            }

            if (!string.Equals(value, there, StringComparison.Ordinal))
            {
                return $"{key} is {Show(value)} here and {Show(there)} there";
            }
        }

        return Lines.Count == other.Lines.Count ? null : "the other definition has more executors";
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('\n', Lines);

    private static (string Key, string Value) Split(string line)
    {
        var eq = line.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (line, string.Empty) : (line[..eq], line[(eq + 1)..]);
    }

    private static string Show(string value) => value.Length == 0 ? "(none)" : "'" + value + "'";
}
