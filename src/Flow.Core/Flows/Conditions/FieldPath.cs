using System.Text.Json.Nodes;
using Flow.Core.Documents;

namespace Flow.Core.Flows.Conditions;

/// <summary>A docarray field path such as <c>tags__a__b</c>, <c>text</c>, <c>scores__cosine__value</c> or <c>evaluations__precision__value</c>.</summary>
internal sealed class FieldPath
{
    private static readonly string[] TopLevel =
        ["id", "parent_id", "text", "uri", "mime_type", "modality", "weight", "offset", "location", "granularity", "adjacency", "embedding", "tensor", "blob"];

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
        else if (root is "scores" or "evaluations")
        {
            if (rest.Length != 2 || rest[0].Length == 0 || rest[1] is not ("value" or "op_name" or "description" or "ref_id"))
            {
                throw new FormatException($"field '{path}': name a score as {root}__<name>__value.");
            }
        }
        else if (Array.IndexOf(TopLevel, root) < 0 || rest.Length > 0)
        {
            throw new FormatException($"unknown field '{path}'.");
        }

        return new FieldPath(root, rest);
    }

    /// <summary>Reads the field: false only for a tag or score that does not exist; unset top-level fields read as null.</summary>
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
            case "evaluations":
                if ((_root == "scores" ? doc.ScoresOrNull : doc.EvaluationsOrNull) is not { } scores || !scores.TryGetValue(_rest[0], out var score))
                {
                    return false;
                }

                value = _rest[1] switch
                {
                    "value" => JsonValue.Create(score.Value),
                    "op_name" => Str(score.OpName),
                    "description" => Str(score.Description),
                    _ => Str(score.RefId),
                };
                return true;
            case "id":
                value = JsonValue.Create(doc.Id);
                return true;
            case "parent_id":
                value = Str(doc.ParentId);
                return true;
            case "text":
                value = Str(doc.Text);
                return true;
            case "uri":
                value = Str(doc.Uri);
                return true;
            case "mime_type":
                value = Str(doc.MimeType);
                return true;
            case "modality":
                value = Str(doc.Modality);
                return true;
            case "weight":
                value = doc.Weight is { } w ? JsonValue.Create(w) : null;
                return true;
            case "offset":
                value = doc.Offset is { } o ? JsonValue.Create(o) : null;
                return true;
            case "location":
                value = doc.Location is { Count: > 0 } ? JsonValue.Create(true) : null;
                return true;
            case "granularity":
                value = JsonValue.Create(doc.Granularity);
                return true;
            case "adjacency":
                value = JsonValue.Create(doc.Adjacency);
                return true;
            case "embedding":
                value = doc.Embedding is null ? null : JsonValue.Create(true);
                return true;
            case "tensor":
                value = doc.Tensor is null ? null : JsonValue.Create(true);
                return true;
            default:
                value = doc.Blob.IsEmpty ? null : JsonValue.Create(true);
                return true;
        }
    }

    /// <summary>
    /// <c>$exists</c>: a tag or score exists when present (even if null); a top-level field when set
    /// (non-empty, non-zero: docarray's non-empty fields).
    /// </summary>
    public bool IsSet(Document doc)
    {
        if (!TryRead(doc, out var value))
        {
            return false;
        }

        if (_root is "tags" or "scores" or "evaluations")
        {
            return true;
        }

        return value is JsonValue v && !(v.GetValueKind() == System.Text.Json.JsonValueKind.Number && Wire.JsonStructConverter.ToDouble(v) == 0);
    }

    private static JsonValue? Str(string? s) => string.IsNullOrEmpty(s) ? null : JsonValue.Create(s);
}
