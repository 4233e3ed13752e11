using Flow.Core.Documents;
using Flow.Core.Wire;
using Flow.Gateway.Protos.DocArray;
using Google.Protobuf;

namespace Flow.Gateway.Mapping;

/// <summary>
/// Flow's <see cref="Document"/>s as docarray v1 DocumentProtos. docarray's <c>content</c> is one of text, tensor and
/// blob: a Flow document that has several is written with its text, else its tensor, else its blob.
/// </summary>
internal static class DocArrayWriter
{
    public static DocumentArrayProto Write(DocumentArray docs)
    {
        var proto = new DocumentArrayProto();
        foreach (var doc in docs)
        {
            proto.Docs.Add(Write(doc));
        }

        return proto;
    }

    public static DocumentProto Write(Document doc)
    {
        var p = new DocumentProto
        {
            Id = doc.Id,
            ParentId = doc.ParentId ?? string.Empty,
            Uri = doc.Uri ?? string.Empty,
            MimeType = doc.MimeType ?? string.Empty,
            Modality = doc.Modality ?? string.Empty,
            Granularity = (uint)Math.Max(0, doc.Granularity),
            Adjacency = (uint)Math.Max(0, doc.Adjacency),
            Weight = doc.Weight ?? 0f,
            Offset = doc.Offset ?? 0f,
        };
        if (doc.Location is { } location)
        {
            p.Location.AddRange(location);
        }

        if (doc.Text is { } text)
        {
            p.Text = text;
        }
        else if (doc.Tensor is { } tensor)
        {
            p.Tensor = NdArrayWriter.WriteTensor(tensor);
        }
        else if (!doc.Blob.IsEmpty)
        {
            p.Blob = ByteString.CopyFrom(doc.Blob.Span);
        }

        if (doc.Embedding is { } embedding)
        {
            p.Embedding = NdArrayWriter.WriteEmbedding(embedding);
        }

        if (doc.HasTags)
        {
            p.Tags = JsonStructConverter.ToStruct(doc.Tags);
        }

        if (doc.HasMetadata)
        {
            p.Metadata = JsonStructConverter.ToStruct(doc.Metadata);
        }

        if (doc.ScoresOrNull is { Count: > 0 } scores)
        {
            WriteScores(scores, p.Scores);
        }

        if (doc.EvaluationsOrNull is { Count: > 0 } evaluations)
        {
            WriteScores(evaluations, p.Evaluations);
        }

        if (doc.ChunksOrNull is { Count: > 0 } chunks)
        {
            foreach (var chunk in chunks)
            {
                p.Chunks.Add(Write(chunk));
            }
        }

        if (doc.MatchesOrNull is { Count: > 0 } matches)
        {
            foreach (var match in matches)
            {
                p.Matches.Add(Write(match));
            }
        }

        return p;
    }

    private static void WriteScores(Dictionary<string, NamedScore> source, IDictionary<string, NamedScoreProto> target)
    {
        foreach (var (name, s) in source)
        {
            target.Add(name, new NamedScoreProto
            {
                Value = (float)s.Value,
                OpName = s.OpName ?? string.Empty,
                Description = s.Description ?? string.Empty,
                RefId = s.RefId ?? string.Empty,
            });
        }
    }
}
