using System.Text.Json;

namespace Flow.Core.Flows;

/// <summary>
/// An executor's polling, as Jina's head resolves it: a per-endpoint map with <c>*</c> as the default;
/// a single mode (<c>"ANY"</c> / <c>"ALL"</c>) is the map <c>{"*": mode}</c>. Resolution for an endpoint:
/// the map's entry for it; else the built-in defaults <c>/index → ANY</c>, <c>/search → ALL</c>; else
/// <c>*</c>; else ANY. So <c>"ALL"</c> still polls <c>/index</c> ANY unless the map names it, exactly as
/// Jina. Malformed values are reported by <see cref="FlowBuilder.Build"/>.
/// </summary>
public sealed class PollingSpec
{
    private readonly Dictionary<string, PollingMode> _map;
    private readonly string? _error;

    private PollingSpec(Dictionary<string, PollingMode> map, string? error)
    {
        _map = map;
        _error = error;
    }

    /// <summary>No polling given: the built-in defaults (<c>/index → ANY</c>, <c>/search → ALL</c>, others ANY).</summary>
    public static PollingSpec Default { get; } = new(new Dictionary<string, PollingMode>(StringComparer.Ordinal), null);

    /// <summary><c>"ANY"</c>: <c>{"*": ANY}</c> (<c>/search</c> stays ALL by the built-in default).</summary>
    public static PollingSpec Any { get; } = Star(PollingMode.Any);

    /// <summary><c>"ALL"</c>: <c>{"*": ALL}</c> (<c>/index</c> stays ANY by the built-in default).</summary>
    public static PollingSpec All { get; } = Star(PollingMode.All);

    /// <summary>The explicit entries (endpoints normalised to a leading <c>/</c>; <c>*</c> is the default).</summary>
    public IReadOnlyDictionary<string, PollingMode> Map => _map;

    /// <summary>Why the spec is malformed, or null.</summary>
    internal string? Error => _error;

    /// <summary>Converts <c>"ANY"</c>, <c>"ALL"</c> (any case) or a JSON map string; see <see cref="Parse"/>.</summary>
    /// <param name="value">The polling string.</param>
    public static implicit operator PollingSpec(string value) => Parse(value);

    /// <summary>
    /// Parses <c>"ANY"</c> / <c>"ALL"</c> (any case) or a JSON object string such as
    /// <c>{"/index": "ANY", "*": "ALL"}</c>. Never throws: a malformed value is reported at build time.
    /// </summary>
    /// <param name="value">The polling string.</param>
    /// <returns>The spec.</returns>
    public static PollingSpec Parse(string? value)
    {
        if (value is null)
        {
            return Default;
        }

        var trimmed = value.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                var map = JsonSerializer.Deserialize<Dictionary<string, string>>(trimmed);
                return PerEndpoint(map!);
            }
            catch (JsonException)
            {
                return Malformed($"polling '{value}' is not a valid JSON map of endpoint to ANY/ALL.");
            }
        }

        return TryMode(trimmed, out var mode)
            ? (mode == PollingMode.Any ? Any : All)
            : Malformed($"polling '{value}' is not ANY, ALL or a per-endpoint map.");
    }

    /// <summary>A per-endpoint map (values ANY/ALL in any case; <c>*</c> is the default).</summary>
    /// <param name="map">Endpoint to mode.</param>
    /// <returns>The spec.</returns>
    public static PollingSpec PerEndpoint(IEnumerable<KeyValuePair<string, string>> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var result = new Dictionary<string, PollingMode>(StringComparer.Ordinal);
        foreach (var (endpoint, raw) in map)
        {
            if (string.IsNullOrWhiteSpace(endpoint))
            {
                return Malformed("polling map has an empty endpoint.");
            }

            if (!TryMode(raw, out var mode))
            {
                return Malformed($"polling for '{endpoint}' is '{raw}', expected ANY or ALL.");
            }

            result[Normalize(endpoint)] = mode;
        }

        return new PollingSpec(result, null);
    }

    /// <summary>The mode for <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The request's endpoint.</param>
    /// <returns>ANY or ALL.</returns>
    public PollingMode Resolve(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (_map.Count > 0 && _map.TryGetValue(Normalize(endpoint), out var mode))
        {
            return mode;
        }

        switch (Normalize(endpoint))
        {
            case "/index":
                return PollingMode.Any;
            case "/search":
                return PollingMode.All;
        }

        return _map.TryGetValue("*", out var fallback) ? fallback : PollingMode.Any;
    }

    /// <inheritdoc />
    public override string ToString() =>
        _map.Count == 0 ? "default" : string.Join(", ", _map.Select(kv => $"{kv.Key}: {kv.Value.ToString().ToUpperInvariant()}"));

    private static PollingSpec Star(PollingMode mode) =>
        new(new Dictionary<string, PollingMode>(StringComparer.Ordinal) { ["*"] = mode }, null);

    private static PollingSpec Malformed(string error) => new(new Dictionary<string, PollingMode>(StringComparer.Ordinal), error);

    private static bool TryMode(string? raw, out PollingMode mode)
    {
        if (string.Equals(raw, "ANY", StringComparison.OrdinalIgnoreCase))
        {
            mode = PollingMode.Any;
            return true;
        }

        if (string.Equals(raw, "ALL", StringComparison.OrdinalIgnoreCase))
        {
            mode = PollingMode.All;
            return true;
        }

        mode = default;
        return false;
    }

    private static string Normalize(string endpoint) =>
        endpoint == "*" || endpoint.StartsWith('/') ? endpoint : "/" + endpoint;
}
