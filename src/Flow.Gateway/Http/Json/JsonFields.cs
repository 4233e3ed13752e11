using System.Text.Json;
using Flow.Gateway.Mapping;

namespace Flow.Gateway.Http.Json;

/// <summary>Typed reads of JSON properties that name the field in their error (docarray's snake_case names, camelCase accepted too).</summary>
internal static class JsonFields
{
    /// <summary>The property named <paramref name="snake"/> or <paramref name="camel"/>; false when absent or null.</summary>
    public static bool TryGet(JsonElement obj, string snake, string? camel, out JsonElement value)
    {
        if ((obj.TryGetProperty(snake, out value) || (camel is not null && obj.TryGetProperty(camel, out value)))
            && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    public static string? String(JsonElement obj, string snake, string? camel, string path)
    {
        if (!TryGet(obj, snake, camel, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw Wrong(path + "." + snake, "a string", v);
    }

    public static int Int(JsonElement obj, string snake, string path)
    {
        if (!TryGet(obj, snake, null, out var v))
        {
            return 0;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i >= 0 ? i : throw Wrong(path + "." + snake, "a non-negative integer", v);
    }

    public static double Number(JsonElement v, string path) =>
        v.ValueKind == JsonValueKind.Number ? v.GetDouble() : throw Wrong(path, "a number", v);

    public static JsonElement Object(JsonElement v, string path) =>
        v.ValueKind == JsonValueKind.Object ? v : throw Wrong(path, "an object", v);

    public static JsonElement Array(JsonElement v, string path) =>
        v.ValueKind == JsonValueKind.Array ? v : throw Wrong(path, "an array", v);

    public static GatewayInputException Wrong(string path, string expected, JsonElement actual) =>
        new(path, $"expected {expected}, got {Describe(actual)}");

    private static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
