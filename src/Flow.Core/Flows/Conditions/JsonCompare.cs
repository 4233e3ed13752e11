using System.Text.Json;
using System.Text.Json.Nodes;
using Flow.Core.Wire;

namespace Flow.Core.Flows.Conditions;

/// <summary>Equality and ordering of JSON-like values for filters: numbers numerically, strings ordinally.</summary>
internal static class JsonCompare
{
    public static bool AreEqual(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is JsonValue va && b is JsonValue vb && va.GetValueKind() == JsonValueKind.Number && vb.GetValueKind() == JsonValueKind.Number)
        {
            return JsonStructConverter.ToDouble(va) == JsonStructConverter.ToDouble(vb);
        }

        return JsonNode.DeepEquals(a, b);
    }

    /// <summary>The order of two numbers or two strings; null when not comparable.</summary>
    public static int? Compare(JsonNode? a, JsonNode? b)
    {
        if (a is not JsonValue va || b is not JsonValue vb)
        {
            return null;
        }

        var ka = va.GetValueKind();
        var kb = vb.GetValueKind();
        if (ka == JsonValueKind.Number && kb == JsonValueKind.Number)
        {
            return JsonStructConverter.ToDouble(va).CompareTo(JsonStructConverter.ToDouble(vb));
        }

        if (ka == JsonValueKind.String && kb == JsonValueKind.String)
        {
            return string.CompareOrdinal(va.GetValue<string>(), vb.GetValue<string>());
        }

        return null;
    }
}
