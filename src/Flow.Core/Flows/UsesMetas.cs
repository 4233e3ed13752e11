using System.Text.Json.Nodes;

namespace Flow.Core.Flows;

/// <summary>Jina's <c>uses_metas</c> on an executor: <c>workspace</c> (the workspace root) and <c>name</c> (the executor's workspace folder).</summary>
internal static class UsesMetas
{
    /// <summary>Applies <paramref name="metas"/> to <paramref name="definition"/>; an unknown key is the error <paramref name="unknown"/> makes for it.</summary>
    public static ExecutorDefinition Apply(ExecutorDefinition definition, JsonObject metas, Func<string, Exception> unknown)
    {
        foreach (var (key, value) in metas)
        {
            definition = key switch
            {
                "workspace" => definition with { Workspace = Text(value) },
                "name" => definition with { MetasName = Text(value) },
                _ => throw unknown(key),
            };
        }

        return definition;
    }

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString();
}
