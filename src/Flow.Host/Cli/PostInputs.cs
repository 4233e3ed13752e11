using System.Text.Json;
using System.Text.Json.Nodes;
using Flow.Core.Documents;

namespace Flow.Host.Cli;

/// <summary>
/// What <c>flow post</c> sends and prints: documents from <c>--text</c> and a <c>--json</c> file, and each result as one
/// line of JSON with docarray's field names (id, text, uri, mime_type, tags, scores, matches with their scores).
/// </summary>
internal static class PostInputs
{
    /// <summary>The documents to post.</summary>
    /// <exception cref="FormatException">The JSON file is not a list of documents (the message names the file and the entry).</exception>
    public static DocumentArray Documents(IEnumerable<string> texts, FileInfo? json)
    {
        var docs = new DocumentArray();
        foreach (var text in texts)
        {
            docs.Add(new Document(text));
        }

        if (json is null)
        {
            return docs;
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(json.FullName));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new FormatException($"{json.FullName}: {e.Message}");
        }

        if (root is not JsonArray list)
        {
            throw new FormatException($"{json.FullName}: expected a JSON list of documents.");
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject entry)
            {
                throw new FormatException($"{json.FullName}: entry {i} is not a JSON object.");
            }

            var doc = Text(entry, "id") is { } id ? new Document { Id = id } : new Document();
            doc.Text = Text(entry, "text");
            doc.Uri = Text(entry, "uri");
            doc.MimeType = Text(entry, "mime_type");
            if (entry["tags"] is JsonObject tags)
            {
                foreach (var (key, value) in tags)
                {
                    doc.Tags[key] = value?.DeepClone();
                }
            }

            docs.Add(doc);
        }

        return docs;
    }

    /// <summary>The request's parameters, or null.</summary>
    /// <exception cref="FormatException">Not a JSON object.</exception>
    public static JsonObject? Parameters(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new FormatException("--parameters: expected a JSON object.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"--parameters: {e.Message}");
        }
    }

    /// <summary>One result document as one line of JSON.</summary>
    public static string ToJson(Document doc) => Describe(doc).ToJsonString();

    private static JsonObject Describe(Document doc)
    {
        var json = new JsonObject { ["id"] = doc.Id };
        Add(json, "text", doc.Text);
        Add(json, "uri", doc.Uri);
        Add(json, "mime_type", doc.MimeType);
        if (doc.Tags.Count > 0)
        {
            json["tags"] = doc.Tags.DeepClone();
        }

        if (doc.Scores.Count > 0)
        {
            var scores = new JsonObject();
            foreach (var (name, score) in doc.Scores)
            {
                scores[name] = new JsonObject { ["value"] = score.Value };
            }

            json["scores"] = scores;
        }

        if (doc.Matches.Count > 0)
        {
            var matches = new JsonArray();
            foreach (var match in doc.Matches)
            {
                matches.Add(Describe(match));
            }

            json["matches"] = matches;
        }

        return json;
    }

    private static void Add(JsonObject json, string key, string? value)
    {
        if (value is not null)
        {
            json[key] = value;
        }
    }

    private static string? Text(JsonObject entry, string key) => entry[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
