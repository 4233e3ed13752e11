using System.Text.Json;
using Flow.Core.Documents;
using Flow.Gateway.Mapping;

namespace Flow.Gateway.Http.Json;

/// <summary>
/// Documents in docarray's JSON (field names as in DocumentProto: <c>id</c>, <c>text</c>, <c>blob</c> base64, <c>tensor</c>,
/// <c>embedding</c>, <c>tags</c>, <c>_metadata</c>, <c>uri</c>, <c>mime_type</c>, <c>weight</c>, <c>offset</c>, <c>location</c>, <c>scores</c>
/// and <c>evaluations</c> as <c>{name: {"value": v}}</c>, <c>chunks</c>, <c>matches</c>, ...; camelCase accepted) into Flow's documents. A plain string is a text document. Fields Flow does not
/// model are ignored; a field of the wrong type is a <see cref="GatewayInputException"/> naming its path.
/// </summary>
internal static class JsonDocumentReader
{
    public static DocumentArray ReadArray(JsonElement array, string path)
    {
        JsonFields.Array(array, path);
        var docs = new DocumentArray(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            docs.Add(Read(item, path + "[" + i++ + "]"));
        }

        return docs;
    }

    public static Document Read(JsonElement v, string path)
    {
        if (v.ValueKind == JsonValueKind.String)
        {
            return new Document(v.GetString());
        }

        JsonFields.Object(v, path);
        var doc = new Document
        {
            Id = JsonFields.String(v, "id", null, path)!,
            ParentId = JsonFields.String(v, "parent_id", "parentId", path),
            Text = JsonFields.String(v, "text", null, path),
            Uri = JsonFields.String(v, "uri", null, path),
            MimeType = JsonFields.String(v, "mime_type", "mimeType", path),
            Modality = JsonFields.String(v, "modality", null, path),
            Granularity = JsonFields.Int(v, "granularity", path),
            Adjacency = JsonFields.Int(v, "adjacency", path),
        };
        if (JsonFields.String(v, "blob", null, path) is { } blob)
        {
            try
            {
                doc.Blob = Convert.FromBase64String(blob);
            }
            catch (FormatException)
            {
                throw new GatewayInputException(path + ".blob", "not valid base64");
            }
        }

        if (JsonFields.TryGet(v, "weight", null, out var weight))
        {
            doc.Weight = (float)JsonFields.Number(weight, path + ".weight");
        }

        if (JsonFields.TryGet(v, "offset", null, out var offset))
        {
            doc.Offset = (float)JsonFields.Number(offset, path + ".offset");
        }

        if (JsonFields.TryGet(v, "location", null, out var location))
        {
            doc.Location = ReadFloats(location, path + ".location");
        }

        if (JsonFields.TryGet(v, "tensor", null, out var tensor))
        {
            doc.Tensor = JsonNdArray.ReadTensor(tensor, path + ".tensor");
        }

        if (JsonFields.TryGet(v, "embedding", null, out var embedding))
        {
            doc.Embedding = JsonNdArray.ReadEmbedding(embedding, path + ".embedding");
        }

        if (JsonFields.TryGet(v, "tags", null, out var tags))
        {
            doc.Tags = JsonNodes.ToObject(JsonFields.Object(tags, path + ".tags"));
        }

        if (JsonFields.TryGet(v, "_metadata", null, out var metadata))
        {
            doc.Metadata = JsonNodes.ToObject(JsonFields.Object(metadata, path + "._metadata"));
        }

        if (JsonFields.TryGet(v, "scores", null, out var scores))
        {
            ReadScores(doc.Scores, JsonFields.Object(scores, path + ".scores"), path + ".scores");
        }

        if (JsonFields.TryGet(v, "evaluations", null, out var evaluations))
        {
            ReadScores(doc.Evaluations, JsonFields.Object(evaluations, path + ".evaluations"), path + ".evaluations");
        }

        if (JsonFields.TryGet(v, "chunks", null, out var chunks))
        {
            doc.Chunks = ReadArray(chunks, path + ".chunks");
        }

        if (JsonFields.TryGet(v, "matches", null, out var matches))
        {
            doc.Matches = ReadArray(matches, path + ".matches");
        }

        return doc;
    }

    private static float[] ReadFloats(JsonElement array, string path)
    {
        JsonFields.Array(array, path);
        var values = new float[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            values[i] = (float)JsonFields.Number(item, path + "[" + i + "]");
            i++;
        }

        return values;
    }

    private static void ReadScores(IDictionary<string, NamedScore> target, JsonElement scores, string path)
    {
        foreach (var p in scores.EnumerateObject())
        {
            var at = path + "." + p.Name;
            if (p.Value.ValueKind == JsonValueKind.Number)
            {
                target[p.Name] = new NamedScore(p.Value.GetDouble());
                continue;
            }

            var s = JsonFields.Object(p.Value, at);
            var value = JsonFields.TryGet(s, "value", null, out var v) ? JsonFields.Number(v, at + ".value") : 0d;
            target[p.Name] = new NamedScore(value, JsonFields.String(s, "op_name", "opName", at), JsonFields.String(s, "description", null, at), JsonFields.String(s, "ref_id", "refId", at));
        }
    }
}
