using System.Text.Json.Nodes;

namespace Flow.Core.Runs;

/// <summary>
/// Materialises a JSON tree: a <see cref="JsonObject"/> or <see cref="JsonArray"/> parsed from text builds its
/// children lazily on first access, which is not safe when several replicas read the same parameters at once.
/// After <see cref="Touch"/>, concurrent reads are safe (as long as nobody writes).
/// </summary>
internal static class JsonFreeze
{
    public static void Touch(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, v) in o)
                {
                    Touch(v);
                }

                break;
            case JsonArray a:
                foreach (var v in a)
                {
                    Touch(v);
                }

                break;
        }
    }
}
