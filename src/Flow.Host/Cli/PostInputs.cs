using System.Text.Json;
using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Gateway.Http.Json;
using Flow.Gateway.Mapping;

namespace Flow.Host.Cli;

/// <summary>
/// What <c>flow post</c> sends and prints: documents from <c>--text</c> and a <c>--json</c> file (a list of documents in
/// docarray's JSON, as <c>POST /post</c>'s <c>data</c>: every field Flow models, a plain string a text document), and each
/// result as one line of the same JSON.
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

        try
        {
            using var file = JsonDocument.Parse(File.ReadAllBytes(json.FullName));
            foreach (var doc in JsonDocumentReader.ReadArray(file.RootElement, "documents"))
            {
                docs.Add(doc);
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or GatewayInputException)
        {
            throw new FormatException($"{json.FullName}: {e.Message}");
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

    /// <summary>One result document as one line of JSON: docarray's JSON, as the HTTP front door writes it.</summary>
    public static string ToJson(Document doc)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonDocumentWriter.Write(writer, doc);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
