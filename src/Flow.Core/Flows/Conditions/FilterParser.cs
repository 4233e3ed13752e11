using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Flow.Core.Flows.Conditions;

/// <summary>Compiles the query language into <see cref="FilterNode"/>s, rejecting unknown operators.</summary>
internal static class FilterParser
{
    public static FilterNode ParseObject(JsonObject filter)
    {
        var parts = new List<FilterNode>();
        foreach (var (key, value) in filter)
        {
            switch (key)
            {
                case "$and":
                    parts.Add(new AndNode(ParseList(key, value)));
                    break;
                case "$or":
                    parts.Add(new OrNode(ParseList(key, value)));
                    break;
                case "$not":
                    parts.Add(new NotNode(ParseObject(value as JsonObject ?? throw new FormatException("$not takes an object."))));
                    break;
                default:
                    if (key.StartsWith('$'))
                    {
                        throw new FormatException($"unknown logical operator '{key}' (use $and, $or, $not).");
                    }

                    parts.AddRange(ParseField(key, value));
                    break;
            }
        }

        return parts.Count == 1 ? parts[0] : new AndNode([.. parts]);
    }

    private static FilterNode[] ParseList(string op, JsonNode? value)
    {
        if (value is not JsonArray array || array.Count == 0)
        {
            throw new FormatException($"{op} takes a non-empty list of conditions.");
        }

        var nodes = new FilterNode[array.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = ParseObject(array[i] as JsonObject ?? throw new FormatException($"{op} entries must be objects."));
        }

        return nodes;
    }

    private static IEnumerable<FilterNode> ParseField(string path, JsonNode? condition)
    {
        var field = FieldPath.Parse(path);
        if (condition is not JsonObject ops || ops.Count == 0 || !ops.Any(kv => kv.Key.StartsWith('$')))
        {
            return [new FieldNode(field, "$eq", condition?.DeepClone(), null)];
        }

        var nodes = new List<FilterNode>();
        foreach (var (op, operand) in ops)
        {
            Regex? regex = null;
            switch (op)
            {
                case "$eq" or "$ne" or "$gt" or "$gte" or "$lt" or "$lte":
                    break;
                case "$in" or "$nin":
                    if (operand is not JsonArray)
                    {
                        throw new FormatException($"field '{path}': {op} takes a list.");
                    }

                    break;
                case "$regex":
                    if (operand is not JsonValue rv || rv.GetValueKind() != JsonValueKind.String)
                    {
                        throw new FormatException($"field '{path}': $regex takes a string.");
                    }

                    try
                    {
                        regex = new Regex(rv.GetValue<string>(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                    }
                    catch (ArgumentException e)
                    {
                        throw new FormatException($"field '{path}': invalid $regex: {e.Message}", e);
                    }

                    break;
                case "$exists":
                    if (operand is not JsonValue ev || ev.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                    {
                        throw new FormatException($"field '{path}': $exists takes true or false.");
                    }

                    break;
                case "$size":
                    if (operand is not JsonValue sv || sv.GetValueKind() != JsonValueKind.Number)
                    {
                        throw new FormatException($"field '{path}': $size takes a number.");
                    }

                    break;
                default:
                    throw new FormatException($"field '{path}': unknown operator '{op}' (use $eq, $ne, $gt, $gte, $lt, $lte, $in, $nin, $regex, $exists, $size).");
            }

            nodes.Add(new FieldNode(field, op, operand?.DeepClone(), regex));
        }

        return nodes;
    }
}
