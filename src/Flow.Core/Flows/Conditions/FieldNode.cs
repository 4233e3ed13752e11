using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Flow.Core.Documents;

namespace Flow.Core.Flows.Conditions;

/// <summary>One operator applied to one field.</summary>
internal sealed class FieldNode(FieldPath field, string op, JsonNode? operand, Regex? regex) : FilterNode
{
    public override bool Evaluate(Document doc)
    {
        // As docarray's lookup: $exists asks whether the field is set; any other operator on a tag that
        // does not exist is false (top-level fields always exist, with null when unset).
        if (op == "$exists")
        {
            return field.IsSet(doc) == operand!.GetValue<bool>();
        }

        if (!field.TryRead(doc, out var value))
        {
            return false;
        }

        return op switch
        {
            "$eq" => JsonCompare.AreEqual(value, operand),
            "$ne" => !JsonCompare.AreEqual(value, operand),
            "$gt" => JsonCompare.Compare(value, operand) is > 0,
            "$gte" => JsonCompare.Compare(value, operand) is >= 0,
            "$lt" => JsonCompare.Compare(value, operand) is < 0,
            "$lte" => JsonCompare.Compare(value, operand) is <= 0,
            "$in" => Contains((JsonArray)operand!, value),
            "$nin" => !Contains((JsonArray)operand!, value),
            "$regex" => value is JsonValue v && v.TryGetValue<string>(out var s) && regex!.IsMatch(s),
            "$size" => value is JsonArray a && a.Count == Wire.JsonStructConverter.ToDouble(operand!.AsValue()),
            _ => false,
        };
    }

    private static bool Contains(JsonArray candidates, JsonNode? value)
    {
        foreach (var c in candidates)
        {
            if (JsonCompare.AreEqual(value, c))
            {
                return true;
            }
        }

        return false;
    }
}
