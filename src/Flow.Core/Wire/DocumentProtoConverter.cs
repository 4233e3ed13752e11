using Flow.Core.Documents;
using Flow.Core.Protos;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Google.Protobuf;

namespace Flow.Core.Wire;

/// <summary>Documents to and from their protobuf form (recursively through chunks and matches).</summary>
internal static class DocumentProtoConverter
{
    public static DocumentArrayProto ToProto(DocumentArray docs)
    {
        var proto = new DocumentArrayProto();
        foreach (var doc in docs)
        {
            proto.Docs.Add(ToProto(doc));
        }

        return proto;
    }

    public static DocumentArray FromProto(DocumentArrayProto proto)
    {
        var docs = new DocumentArray(proto.Docs.Count);
        foreach (var doc in proto.Docs)
        {
            docs.Add(FromProto(doc));
        }

        return docs;
    }

    public static DocumentProto ToProto(Document doc)
    {
        var p = new DocumentProto
        {
            Id = doc.Id,
            ParentId = doc.ParentId ?? string.Empty,
            Text = doc.Text ?? string.Empty,
            Uri = doc.Uri ?? string.Empty,
            MimeType = doc.MimeType ?? string.Empty,
            Modality = doc.Modality ?? string.Empty,
            Granularity = doc.Granularity,
            Adjacency = doc.Adjacency,
        };
        if (!doc.Blob.IsEmpty)
        {
            // Wrapped, not copied: a document's blob is an immutable value, and the message is written right after.
            p.Blob = UnsafeByteOperations.UnsafeWrap(doc.Blob);
        }

        if (doc.Weight is { } weight)
        {
            p.Weight = weight;
        }

        if (doc.Embedding is { } e)
        {
            p.Embedding = ToProto(e);
        }

        if (doc.Tensor is { } t)
        {
            var tp = new TensorProto { Values = ToBytes(t.Values) };
            tp.Shape.AddRange(t.Shape.ToArray());
            p.Tensor = tp;
        }

        if (doc.HasTags)
        {
            p.Tags = JsonStructConverter.ToStruct(doc.Tags);
        }

        if (doc.HasMetadata)
        {
            p.Metadata = JsonStructConverter.ToStruct(doc.Metadata);
        }

        if (doc.Offset is { } offset)
        {
            p.Offset = offset;
        }

        if (doc.Location is { } location)
        {
            p.Location.AddRange(location);
        }

        if (doc.ScoresOrNull is { Count: > 0 } scores)
        {
            AddScores(p.Scores, scores);
        }

        if (doc.EvaluationsOrNull is { Count: > 0 } evaluations)
        {
            AddScores(p.Evaluations, evaluations);
        }

        if (doc.HasChunks)
        {
            p.Chunks = ToProto(doc.Chunks);
        }

        if (doc.HasMatches)
        {
            p.Matches = ToProto(doc.Matches);
        }

        return p;
    }

    public static Document FromProto(DocumentProto p)
    {
        var doc = new Document
        {
            Id = p.Id,
            ParentId = NullIfEmpty(p.ParentId),
            Text = NullIfEmpty(p.Text),
            Uri = NullIfEmpty(p.Uri),
            MimeType = NullIfEmpty(p.MimeType),
            Modality = NullIfEmpty(p.Modality),
            Granularity = p.Granularity,
            Adjacency = p.Adjacency,
            Weight = p.HasWeight ? p.Weight : null,
        };
        if (!p.Blob.IsEmpty)
        {
            // The parsed message's own copy of the bytes, taken over (the message is dropped after this conversion).
            doc.Blob = p.Blob.Memory;
        }

        if (p.Embedding is { } e)
        {
            doc.Embedding = FromProto(e);
        }

        if (p.Tensor is { } t)
        {
            doc.Tensor = new Tensor(ToFloats(t.Values), ToArray(t.Shape));
        }

        if (p.Tags is { Fields.Count: > 0 } tags)
        {
            doc.Tags = JsonStructConverter.FromStruct(tags);
        }

        if (p.Metadata is { Fields.Count: > 0 } metadata)
        {
            doc.Metadata = JsonStructConverter.FromStruct(metadata);
        }

        if (p.HasOffset)
        {
            doc.Offset = p.Offset;
        }

        if (p.Location.Count > 0)
        {
            doc.Location = ToArray(p.Location);
        }

        if (p.Scores.Count > 0)
        {
            doc.SetScoresRaw(ReadScores(p.Scores));
        }

        if (p.Evaluations.Count > 0)
        {
            doc.SetEvaluationsRaw(ReadScores(p.Evaluations));
        }

        if (p.Chunks is { Docs.Count: > 0 } chunks)
        {
            doc.Chunks = FromProto(chunks);
        }

        if (p.Matches is { Docs.Count: > 0 } matches)
        {
            doc.Matches = FromProto(matches);
        }

        return doc;
    }

    private static void AddScores(Google.Protobuf.Collections.MapField<string, NamedScoreProto> target, Dictionary<string, NamedScore> scores)
    {
        foreach (var (name, score) in scores)
        {
            target.Add(name, new NamedScoreProto
            {
                Value = score.Value,
                OpName = score.OpName ?? string.Empty,
                Description = score.Description ?? string.Empty,
                RefId = score.RefId ?? string.Empty,
            });
        }
    }

    private static Dictionary<string, NamedScore> ReadScores(Google.Protobuf.Collections.MapField<string, NamedScoreProto> source)
    {
        var scores = new Dictionary<string, NamedScore>(source.Count, StringComparer.Ordinal);
        foreach (var (name, s) in source)
        {
            scores[name] = new NamedScore(s.Value, NullIfEmpty(s.OpName), NullIfEmpty(s.Description), NullIfEmpty(s.RefId));
        }

        return scores;
    }

    private static EmbeddingProto ToProto(Embedding e)
    {
        if (e.IsSparse)
        {
            var sparse = new SparseVectorProto { Dimension = e.Dimension, Values = ToBytes(e.Values) };
            sparse.Indices.AddRange(e.Indices.ToArray());
            return new EmbeddingProto { Sparse = sparse };
        }

        return new EmbeddingProto { Dense = new DenseVectorProto { Values = ToBytes(e.Values) } };
    }

    private static Embedding? FromProto(EmbeddingProto e) => e.KindCase switch
    {
        EmbeddingProto.KindOneofCase.Dense => Embedding.Dense(ToFloats(e.Dense.Values)),
        EmbeddingProto.KindOneofCase.Sparse => Embedding.Sparse(e.Sparse.Dimension, ToArray(e.Sparse.Indices), ToFloats(e.Sparse.Values)),
        _ => null,
    };

    // One block copy: spreading a RepeatedField goes element by element through its enumerator.
    private static T[] ToArray<T>(Google.Protobuf.Collections.RepeatedField<T> field)
    {
        var array = new T[field.Count];
        field.CopyTo(array, 0);
        return array;
    }

    // Float vectors travel as bytes (little-endian singles, the packed repeated float encoding): written straight from
    // the vector's array (wrapped, an immutable value) and parsed with one block copy, where a RepeatedField<float> is
    // written and parsed one float at a time.
    private static ByteString ToBytes(ReadOnlyMemory<float> memory)
    {
        if (memory.IsEmpty)
        {
            return ByteString.Empty;
        }

        if (BitConverter.IsLittleEndian)
        {
            return FloatBytes.Of(memory) is { } wrapped
                ? UnsafeByteOperations.UnsafeWrap(wrapped)
                : ByteString.CopyFrom(MemoryMarshal.AsBytes(memory.Span));
        }

        var values = memory.Span;
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        return UnsafeByteOperations.UnsafeWrap(bytes);
    }

    private static float[] ToFloats(ByteString bytes)
    {
        var span = bytes.Span;
        if (span.Length % sizeof(float) != 0)
        {
            throw new InvalidDataException($"A float vector has {span.Length} bytes, not a multiple of {sizeof(float)}.");
        }

        var values = new float[span.Length / sizeof(float)];
        if (BitConverter.IsLittleEndian)
        {
            span.CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        }
        else
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = BinaryPrimitives.ReadSingleLittleEndian(span[(i * sizeof(float))..]);
            }
        }

        return values;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
