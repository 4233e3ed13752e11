using System.Text.Json.Nodes;
using Flow.Engine.Documents;

namespace Flow.Engine.Flows.Conditions;

/// <summary>A docarray field path such as <c>tags__a__b</c>, <c>text</c> or <c>scores__cosine__value</c>.</summary>
internal sealed class FieldPath
{
    private static readonly string[] TopLevel =
        ["id", "parent_id", "text", "uri", "mime_type", "modality", "weight", "granularity", "adjacency", "embedding", "tensor", "blob"];

    private readonly string _root;
    private readonly string[] _rest;

    private FieldPath(string root, string[] rest)
    {
        _root = root;
        _rest = rest;
    }

    public static FieldPath Parse(string path)
    {
        var parts = path.Split("__");
        var root = parts[0];
        var rest = parts[1..];
        if (root == "tags")
        {
            if (rest.Length == 0 || Array.Exists(rest, string.IsNullOrEmpty))
            {
                throw new FormatException($"field '{path}': name a tag as tags__<key>.");
            }
        }
        else if (root == "scores")
        {
            if (rest.Length != 2 || rest[0].Length == 0 || rest[1] is not ("value" or "op_name" or "description" or "ref_id"))
            {
                throw new FormatException($"field '{path}': name a score as scores__<name>__value.");
            }
        }
        else if (Array.IndexOf(TopLevel, root) < 0 || rest.Length > 0)
        {
            throw new FormatException($"unknown field '{path}'.");
        }

        return new FieldPath(root, rest);
    }

    public bool TryRead(Document doc, out JsonNode? value)
    {
        value = null;
        switch (_root)
        {
            case "tags":
                JsonNode? node = doc.TagsOrNull;
                foreach (var key in _rest)
                {
                    if (node is not JsonObject obj || !obj.TryGetPropertyValue(key, out node))
                    {
                        return false;
                    }
                }

                value = node;
                return true;
            case "scores":
                if (doc.ScoresOrNull is not { } scores || !scores.TryGetValue(_rest[0], out var score))
                {
                    return false;
                }

                value = _rest[1] switch
                {
                    "value" => JsonValue.Create(score.Value),
                    "op_name" => score.OpName is null ? null : JsonValue.Create(score.OpName),
                    "description" => score.Description is null ? null : JsonValue.Create(score.Description),
                    _ => score.RefId is null ? null : JsonValue.Create(score.RefId),
                };
                return value is not null;
            case "id":
                value = JsonValue.Create(doc.Id);
                return true;
            case "parent_id":
                return Set(doc.ParentId, out value);
            case "text":
                return Set(doc.Text, out value);
            case "uri":
                return Set(doc.Uri, out value);
            case "mime_type":
                return Set(doc.MimeType, out value);
            case "modality":
                return Set(doc.Modality, out value);
            case "weight":
                value = doc.Weight is { } w ? JsonValue.Create(w) : null;
                return doc.Weight.HasValue;
            case "granularity":
                value = JsonValue.Create(doc.Granularity);
                return true;
            case "adjacency":
                value = JsonValue.Create(doc.Adjacency);
                return true;
            case "embedding":
                value = JsonValue.Create(true);
                return doc.Embedding is not null;
            case "tensor":
                value = JsonValue.Create(true);
                return doc.Tensor is not null;
            default:
                value = JsonValue.Create(true);
                return !doc.Blob.IsEmpty;
        }
    }

    private static bool Set(string? s, out JsonNode? value)
    {
        value = string.IsNullOrEmpty(s) ? null : JsonValue.Create(s);
        return value is not null;
    }
}
