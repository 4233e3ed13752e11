using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flow.Gateway.Http.Json;

/// <summary>
/// A JSON element as fully built <see cref="JsonNode"/>s (not lazily backed by the parsed document), so that executors
/// may read parameters and tags concurrently after the document is returned to its pool. Integral numbers become
/// <c>long</c>, others <c>double</c>, as tags that came over gRPC.
/// </summary>
internal static class JsonNodes
{
    public static JsonObject ToObject(JsonElement element)
    {
        var obj = new JsonObject();
        foreach (var p in element.EnumerateObject())
        {
            obj[p.Name] = ToNode(p.Value);
        }

        return obj;
    }

    public static JsonNode? ToNode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return ToObject(element);
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ToNode(item));
                }

                return array;
            case JsonValueKind.String:
                return JsonValue.Create(element.GetString());
            case JsonValueKind.Number:
                return element.TryGetInt64(out var l) ? JsonValue.Create(l) : JsonValue.Create(element.GetDouble());
            case JsonValueKind.True:
                return JsonValue.Create(true);
            case JsonValueKind.False:
                return JsonValue.Create(false);
            default:
                return null;
        }
    }
}
