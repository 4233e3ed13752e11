using System.Text.Json.Nodes;

namespace Flow.Core.Requests;

/// <summary>
/// Jina's parameter scoping: computes the parameters one executor sees. A key
/// <c>&lt;executor&gt;__&lt;key&gt;</c> reaches only that executor, as <c>&lt;key&gt;</c>, overriding a
/// plain <c>&lt;key&gt;</c>; keys scoped to other executors are removed; keys starting or ending with
/// <c>__</c> (such as <c>__results__</c>) are plain keys; a key equal to the executor's name whose value
/// is an object is also merged into the view (Jina's nested form). The view is a deep copy, so changes
/// an executor makes to it never travel downstream.
/// </summary>
public static class ParameterScope
{
    /// <summary>The key under which executors' dictionary results are collected.</summary>
    public const string ResultsKey = "__results__";

    private const string Separator = "__";

    /// <summary>Computes the parameters <paramref name="executorName"/> sees.</summary>
    /// <param name="executorName">The executor's name in the Flow.</param>
    /// <param name="parameters">The request's parameters (not modified); null for none.</param>
    /// <returns>A new object the executor may modify freely.</returns>
    public static JsonObject ViewFor(string executorName, JsonObject? parameters)
    {
        ArgumentNullException.ThrowIfNull(executorName);
        var view = new JsonObject();
        if (parameters is null || parameters.Count == 0)
        {
            return view;
        }

        List<KeyValuePair<string, JsonNode?>>? scoped = null;
        foreach (var (key, value) in parameters)
        {
            if (!IsScoped(key))
            {
                view[key] = value?.DeepClone();
                continue;
            }

            // As Jina: the key is the part after the last "__", the executor what comes before it.
            var split = key.LastIndexOf(Separator, StringComparison.Ordinal);
            var owner = key.AsSpan(0, split);
            var matches = owner.Contains(Separator, StringComparison.Ordinal)
                ? string.Equals(owner.ToString().Replace(Separator, string.Empty, StringComparison.Ordinal), executorName, StringComparison.Ordinal)
                : owner.SequenceEqual(executorName);
            if (matches)
            {
                (scoped ??= []).Add(new(key[(split + Separator.Length)..], value));
            }
        }

        if (scoped is not null)
        {
            foreach (var (key, value) in scoped)
            {
                view[key] = value?.DeepClone();
            }
        }

        if (parameters[executorName] is JsonObject nested)
        {
            foreach (var (key, value) in nested)
            {
                view[key] = value?.DeepClone();
            }
        }

        return view;
    }

    private static bool IsScoped(string key) =>
        key.Contains(Separator, StringComparison.Ordinal)
        && !key.StartsWith(Separator, StringComparison.Ordinal)
        && !key.EndsWith(Separator, StringComparison.Ordinal);

    /// <summary>
    /// Stores an executor's dictionary result in <c>parameters["__results__"][runtimeName]</c>,
    /// creating <c>__results__</c> when absent (replacing it when it is not an object).
    /// </summary>
    /// <param name="parameters">The parameters to update (e.g. the response's).</param>
    /// <param name="runtimeName">The executor's runtime name (<c>name/rep-0</c>, ...).</param>
    /// <param name="result">The result (taken, not copied; must have no parent).</param>
    public static void AddResult(JsonObject parameters, string runtimeName, JsonNode? result)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters[ResultsKey] is not JsonObject results)
        {
            results = new JsonObject();
            parameters[ResultsKey] = results;
        }

        results[runtimeName] = result;
    }
}
