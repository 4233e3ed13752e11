using System.Text.Json;
using Flow.Core.Documents;
using Flow.Gateway.Mapping;
using Google.Protobuf;

namespace Flow.Gateway.Http.Json;

/// <summary>
/// Flow's documents in docarray's JSON: snake_case field names, unset fields left out, <c>blob</c> as base64, a dense
/// tensor or embedding as a (nested) list of numbers, a sparse embedding as an NdArrayProto in protobuf's JSON form,
/// <c>scores</c> and <c>evaluations</c> as <c>{name: {"value": v, ...}}</c>.
/// </summary>
internal static class JsonDocumentWriter
{
    private static readonly JsonFormatter ProtoJson = new(JsonFormatter.Settings.Default.WithPreserveProtoFieldNames(true));

    public static void WriteArray(Utf8JsonWriter w, DocumentArray docs)
    {
        w.WriteStartArray();
        foreach (var doc in docs)
        {
            Write(w, doc);
        }

        w.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartObject();
        w.WriteString("id", doc.Id);
        WriteIf(w, "parent_id", doc.ParentId);
        if (doc.Granularity != 0)
        {
            w.WriteNumber("granularity", doc.Granularity);
        }

        if (doc.Adjacency != 0)
        {
            w.WriteNumber("adjacency", doc.Adjacency);
        }

        WriteIf(w, "text", doc.Text);
        if (!doc.Blob.IsEmpty)
        {
            w.WriteBase64String("blob", doc.Blob.Span);
        }

        if (doc.Tensor is { } tensor)
        {
            w.WritePropertyName("tensor");
            WriteNested(w, tensor.Values.Span, tensor.Shape.Span);
        }

        if (doc.Embedding is { } embedding)
        {
            w.WritePropertyName("embedding");
            if (embedding.IsSparse)
            {
                w.WriteRawValue(ProtoJson.Format(NdArrayWriter.WriteEmbedding(embedding)), skipInputValidation: true);
            }
            else
            {
                WriteNested(w, embedding.Values.Span, [embedding.Dimension]);
            }
        }

        WriteIf(w, "uri", doc.Uri);
        WriteIf(w, "mime_type", doc.MimeType);
        WriteIf(w, "modality", doc.Modality);
        if (doc.Weight is { } weight)
        {
            w.WritePropertyName("weight");
            WriteFloat(w, weight);
        }

        if (doc.Offset is { } offset)
        {
            w.WritePropertyName("offset");
            WriteFloat(w, offset);
        }

        if (doc.Location is { } location)
        {
            w.WriteStartArray("location");
            foreach (var value in location)
            {
                WriteFloat(w, value);
            }

            w.WriteEndArray();
        }

        if (doc.HasTags)
        {
            w.WritePropertyName("tags");
            doc.Tags.WriteTo(w);
        }

        if (doc.HasMetadata)
        {
            w.WritePropertyName("_metadata");
            doc.Metadata.WriteTo(w);
        }

        if (doc.ScoresOrNull is { Count: > 0 } scores)
        {
            WriteScores(w, "scores", scores);
        }

        if (doc.EvaluationsOrNull is { Count: > 0 } evaluations)
        {
            WriteScores(w, "evaluations", evaluations);
        }

        if (doc.ChunksOrNull is { Count: > 0 } chunks)
        {
            w.WritePropertyName("chunks");
            WriteArray(w, chunks);
        }

        if (doc.MatchesOrNull is { Count: > 0 } matches)
        {
            w.WritePropertyName("matches");
            WriteArray(w, matches);
        }

        w.WriteEndObject();
    }

    private static void WriteScores(Utf8JsonWriter w, string name, Dictionary<string, NamedScore> scores)
    {
        w.WriteStartObject(name);
        foreach (var (key, s) in scores)
        {
            w.WriteStartObject(key);
            w.WritePropertyName("value");
            WriteDouble(w, s.Value);
            WriteIf(w, "op_name", s.OpName);
            WriteIf(w, "description", s.Description);
            WriteIf(w, "ref_id", s.RefId);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteIf(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNested(Utf8JsonWriter w, ReadOnlySpan<float> values, ReadOnlySpan<int> shape)
    {
        if (shape.Length == 0)
        {
            WriteFloat(w, values.Length > 0 ? values[0] : 0f);
            return;
        }

        var stride = values.Length / Math.Max(1, shape[0]);
        w.WriteStartArray();
        for (var i = 0; i < shape[0]; i++)
        {
            if (shape.Length == 1)
            {
                WriteFloat(w, values[i]);
            }
            else
            {
                WriteNested(w, values.Slice(i * stride, stride), shape[1..]);
            }
        }

        w.WriteEndArray();
    }

    private static void WriteDouble(Utf8JsonWriter w, double d)
    {
        if (double.IsFinite(d))
        {
            w.WriteNumberValue(d);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static void WriteFloat(Utf8JsonWriter w, float f)
    {
        // JSON has no NaN or infinity: they are written as null, as Python's json with allow_nan=False would refuse them.
        if (float.IsFinite(f))
        {
            w.WriteNumberValue(f);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
