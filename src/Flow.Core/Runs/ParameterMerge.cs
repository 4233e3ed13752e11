using System.Text.Json.Nodes;
using Flow.Core.Requests;

namespace Flow.Core.Runs;

/// <summary>
/// Combines the parameters of several parts (a join, or the shards of ALL): the first part's parameters, with
/// the <c>__results__</c> entries of the others added (the first part wins a conflict). Parameters are treated
/// as immutable once sent: a merge that changes something returns a new object.
/// </summary>
internal static class ParameterMerge
{
    public static JsonObject Merge(JsonObject?[] parts)
    {
        var first = parts[0] ?? new JsonObject();
        JsonObject? merged = null;
        for (var i = 1; i < parts.Length; i++)
        {
            var other = parts[i];
            if (other is null || ReferenceEquals(other, first) || other[ParameterScope.ResultsKey] is not JsonObject results)
            {
                continue;
            }

            foreach (var (key, value) in results)
            {
                var target = (merged ?? first)[ParameterScope.ResultsKey] as JsonObject;
                if (target is not null && target.ContainsKey(key))
                {
                    continue;
                }

                merged ??= (JsonObject)first.DeepClone();
                ParameterScope.AddResult(merged, key, value?.DeepClone());
            }
        }

        return merged ?? first;
    }
}
