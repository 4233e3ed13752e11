using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Wire;
using Flow.Gateway.Protos.DocArray;

namespace Flow.Gateway.Mapping;

/// <summary>
/// docarray v1 documents (DocumentProto) into Flow's <see cref="Document"/>s, recursively through chunks and matches.
/// docarray's internal <c>_metadata</c> is not carried; an <c>offset</c> or <c>weight</c> of 0 reads as unset (proto3).
/// Errors are <see cref="GatewayInputException"/>s naming the field (<c>docs[3].matches[0].embedding...</c>).
/// </summary>
internal static class DocArrayReader
{
    public static DocumentArray Read(DocumentArrayProto proto, string field)
    {
        var docs = new DocumentArray(proto.Docs.Count);
        for (var i = 0; i < proto.Docs.Count; i++)
        {
            docs.Add(Read(proto.Docs[i], field + "[" + i + "]"));
        }

        return docs;
    }

    public static Document Read(DocumentProto p, string field)
    {
        var doc = new Document
        {
            Id = p.Id,
            ParentId = NullIfEmpty(p.ParentId),
            Uri = NullIfEmpty(p.Uri),
            MimeType = NullIfEmpty(p.MimeType),
            Modality = NullIfEmpty(p.Modality),
            Granularity = ToInt(p.Granularity, field + ".granularity"),
            Adjacency = ToInt(p.Adjacency, field + ".adjacency"),
        };
        if (p.Weight != 0f)
        {
            doc.Weight = p.Weight;
        }

        switch (p.ContentCase)
        {
            case DocumentProto.ContentOneofCase.Text:
                doc.Text = p.Text;
                break;
            case DocumentProto.ContentOneofCase.Blob:
                doc.Blob = p.Blob.Memory;
                break;
            case DocumentProto.ContentOneofCase.Tensor:
                doc.Tensor = NdArrayReader.ReadTensor(p.Tensor, field + ".tensor");
                break;
        }

        if (p.Embedding is { } embedding)
        {
            doc.Embedding = NdArrayReader.ReadEmbedding(embedding, field + ".embedding");
        }

        if (p.Tags is { Fields.Count: > 0 } tags)
        {
            doc.Tags = JsonStructConverter.FromStruct(tags);
        }

        if (p.Metadata is { Fields.Count: > 0 } metadata)
        {
            doc.Metadata = JsonStructConverter.FromStruct(metadata);
        }

        if (p.Offset != 0f)
        {
            doc.Offset = p.Offset;
        }

        if (p.Location.Count > 0)
        {
            doc.Location = p.Location;
        }

        if (p.Scores.Count > 0)
        {
            ReadScores(p.Scores, doc.Scores);
        }

        if (p.Evaluations.Count > 0)
        {
            ReadScores(p.Evaluations, doc.Evaluations);
        }

        if (p.Chunks.Count > 0)
        {
            doc.Chunks = ReadList(p.Chunks, field + ".chunks");
        }

        if (p.Matches.Count > 0)
        {
            doc.Matches = ReadList(p.Matches, field + ".matches");
        }

        return doc;
    }

    private static void ReadScores(IDictionary<string, NamedScoreProto> source, IDictionary<string, NamedScore> target)
    {
        foreach (var (name, s) in source)
        {
            target[name] = new NamedScore(s.Value, NullIfEmpty(s.OpName), NullIfEmpty(s.Description), NullIfEmpty(s.RefId));
        }
    }

    private static DocumentArray ReadList(IList<DocumentProto> list, string field)
    {
        var docs = new DocumentArray(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            docs.Add(Read(list[i], field + "[" + i + "]"));
        }

        return docs;
    }

    private static int ToInt(uint value, string field) =>
        value <= int.MaxValue ? (int)value : throw new GatewayInputException(field, $"{value} is above {int.MaxValue}");

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
