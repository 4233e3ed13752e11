using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Wire;

namespace Flow.Core.Tests.Wire;

public sealed class DocumentSerializerTests
{
    internal static Document FixedDocument()
    {
        var doc = new Document
        {
            Id = "d1",
            ParentId = "p",
            Text = "hi",
            Blob = new byte[] { 1, 2 },
            Uri = "u",
            MimeType = "text/plain",
            Modality = "text",
            Embedding = Embedding.Sparse(4, [1, 3], [0.5f, 2f]),
            Tensor = new Tensor([1f, 2f], [1, 2]),
            Weight = 1.5f,
            Granularity = 1,
            Adjacency = 2,
        };
        doc.Tags["s"] = "v";
        doc.Tags["n"] = 3;
        doc.Scores["cos"] = new NamedScore(0.25, "cosine", "d", "r");
        doc.Chunks.Add(new Document { Id = "c", Text = "chunk" });
        doc.Matches.Add(new Document { Id = "m", Embedding = Embedding.Dense([1f]) });
        return doc;
    }

    [Fact]
    public void Serialize_FixedDocument_WireBytesLocked()
    {
        var hex = Convert.ToHexString(DocumentSerializer.Serialize(FixedDocument()));
        Assert.Equal(ExpectedHex, hex);
    }

    [Fact]
    public void RoundTrip_EveryField_Preserved()
    {
        var back = DocumentSerializer.DeserializeDocument(DocumentSerializer.Serialize(FixedDocument()));

        Assert.Equal("d1", back.Id);
        Assert.Equal("p", back.ParentId);
        Assert.Equal("hi", back.Text);
        Assert.Equal(new byte[] { 1, 2 }, back.Blob.ToArray());
        Assert.Equal("u", back.Uri);
        Assert.Equal("text/plain", back.MimeType);
        Assert.Equal("text", back.Modality);
        Assert.Equal(Embedding.Sparse(4, [1, 3], [0.5f, 2f]), back.Embedding);
        Assert.Equal(new Tensor([1f, 2f], [1, 2]), back.Tensor);
        Assert.Equal(1.5f, back.Weight);
        Assert.Equal(1, back.Granularity);
        Assert.Equal(2, back.Adjacency);
        Assert.Equal("{\"s\":\"v\",\"n\":3}", back.Tags.ToJsonString());
        Assert.Equal(new NamedScore(0.25, "cosine", "d", "r"), back.Scores["cos"]);
        Assert.Equal("chunk", back.Chunks["c"].Text);
        Assert.Equal(Embedding.Dense([1f]), back.Matches["m"].Embedding);
    }

    [Fact]
    public void RoundTrip_UnsetFields_StayUnset()
    {
        var back = DocumentSerializer.DeserializeDocument(DocumentSerializer.Serialize(new Document { Id = "x" }));
        Assert.Null(back.Text);
        Assert.Null(back.ParentId);
        Assert.Null(back.Weight);
        Assert.Null(back.Embedding);
        Assert.Null(back.Tensor);
        Assert.True(back.Blob.IsEmpty);
        Assert.Empty(back.Tags);
        Assert.Empty(back.Scores);
        Assert.Empty(back.Evaluations);
        Assert.Null(back.Offset);
        Assert.Null(back.Location);
        Assert.Empty(back.Chunks);
        Assert.Empty(back.Matches);
    }

    [Fact]
    public void RoundTrip_OffsetLocationAndEvaluations_Preserved()
    {
        var doc = new Document { Id = "e", Offset = 0f, Location = [2f, 7f] };
        doc.Evaluations["recall"] = new NamedScore(0.75, "r@10", "desc", "ref");

        var back = DocumentSerializer.DeserializeDocument(DocumentSerializer.Serialize(doc));

        Assert.Equal(0f, back.Offset);
        Assert.Equal([2f, 7f], back.Location);
        Assert.Equal(new NamedScore(0.75, "r@10", "desc", "ref"), back.Evaluations["recall"]);
        Assert.Empty(back.Scores);
    }

    [Fact]
    public void RoundTrip_Metadata_PreservedAndAbsentWhenEmpty()
    {
        var doc = new Document { Id = "m" };
        doc.Metadata["multi_modal_schema"] = new JsonObject { ["title"] = new JsonObject { ["attribute_type"] = "text", ["position"] = 0L } };

        var back = DocumentSerializer.DeserializeDocument(DocumentSerializer.Serialize(doc));
        var plain = DocumentSerializer.Serialize(new Document { Id = "m" });
        _ = new Document { Id = "m" }.Metadata; // read, still empty

        Assert.True(JsonNode.DeepEquals(doc.Metadata, back.Metadata));
        Assert.Empty(back.Tags);
        Assert.Empty(DocumentSerializer.DeserializeDocument(plain).Metadata);
        Assert.Equal(plain, DocumentSerializer.Serialize(new Document { Id = "m", Metadata = [] }));
    }

    [Fact]
    public void RoundTrip_WeightZero_IsSetNotUnset()
    {
        var back = DocumentSerializer.DeserializeDocument(DocumentSerializer.Serialize(new Document { Weight = 0f }));
        Assert.Equal(0f, back.Weight);
    }

    [Fact]
    public void RoundTrip_TagsOfEveryJsonKind_Preserved()
    {
        var doc = new Document { Id = "t" };
        doc.Tags["null"] = null;
        doc.Tags["true"] = true;
        doc.Tags["false"] = false;
        doc.Tags["int"] = 42;
        doc.Tags["negative"] = -7L;
        doc.Tags["double"] = 2.5;
        doc.Tags["string"] = "é \"quoted\"";
        doc.Tags["array"] = new JsonArray(1, "two", null, new JsonArray(true));
        doc.Tags["object"] = new JsonObject { ["nested"] = new JsonObject { ["deep"] = 1.25 }, ["empty"] = new JsonObject() };

        var back = DocumentSerializer.DeserializeDocument(DocumentSerializer.Serialize(doc));

        Assert.Equal(doc.Tags.ToJsonString(), back.Tags.ToJsonString());
        Assert.Equal(42L, back.Tags["int"]!.GetValue<long>());
        Assert.Equal(2.5, back.Tags["double"]!.GetValue<double>());
        Assert.True(back.Tags.ContainsKey("null"));
        Assert.Null(back.Tags["null"]);
    }

    [Fact]
    public void RoundTrip_NestedChunksAndMatches_Preserved()
    {
        var root = new Document { Id = "r" };
        var chunk = new Document { Id = "c", Granularity = 1 };
        var chunkMatch = new Document { Id = "cm", Adjacency = 1, Embedding = Embedding.Sparse(10, [9], [1f]) };
        chunkMatch.Chunks.Add(new Document { Id = "cmc", Text = "deep" });
        chunk.Matches.Add(chunkMatch);
        root.Chunks.Add(chunk);
        root.Matches.AddRange([new Document { Id = "m1" }, new Document { Id = "m2" }]);
        var docs = new DocumentArray([root, new Document { Id = "second" }]);

        var back = DocumentSerializer.DeserializeArray(DocumentSerializer.Serialize(docs));

        Assert.Equal(new[] { "r", "second" }, back.Select(d => d.Id));
        Assert.Equal(new[] { "m1", "m2" }, back[0].Matches.Select(d => d.Id));
        var cm = back[0].Chunks["c"].Matches["cm"];
        Assert.Equal(Embedding.Sparse(10, [9], [1f]), cm.Embedding);
        Assert.Equal("deep", cm.Chunks["cmc"].Text);
        Assert.Equal(DocumentSerializer.Serialize(docs), DocumentSerializer.Serialize(back));
    }

    [Fact]
    public void RoundTrip_LargeDenseVectorAndTensor_BitExact()
    {
        var values = new float[4092];
        var random = new Random(7);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextSingle() * 2 - 1;
        }

        values[0] = float.NaN;
        values[1] = -0f;
        values[2] = float.PositiveInfinity;
        values[3] = float.Epsilon;
        var doc = new Document { Id = "big", Embedding = Embedding.Dense((float[])values.Clone()), Tensor = new Tensor((float[])values.Clone(), [2, 2046]) };

        var back = DocumentSerializer.DeserializeDocument(DocumentSerializer.Serialize(doc));

        Assert.Equal(
            values.Select(BitConverter.SingleToInt32Bits),
            back.Embedding!.Values.ToArray().Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(
            values.Select(BitConverter.SingleToInt32Bits),
            back.Tensor!.Values.ToArray().Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(new[] { 2, 2046 }, back.Tensor.Shape.ToArray());
    }

    [Fact]
    public void Serialize_DenseVector_IsThePackedRepeatedFloatEncoding()
    {
        // 42 embedding { 0A dense { 0A values: packed little-endian floats 1.0, -2.0 } }.
        var hex = Convert.ToHexString(DocumentSerializer.Serialize(new Document { Id = "x", Embedding = Embedding.Dense([1f, -2f]) }));
        Assert.EndsWith("420C0A0A0A080000803F000000C0", hex, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_FloatVectorNotAMultipleOf4Bytes_Throws()
    {
        // 42 embedding { 0A dense { 0A values: 3 bytes } }.
        byte[] bytes = [0x42, 0x07, 0x0A, 0x05, 0x0A, 0x03, 0x01, 0x02, 0x03];
        Assert.Throws<InvalidDataException>(() => DocumentSerializer.DeserializeDocument(bytes));
    }

    // Field by field: 0A id, 12 parent_id, 1A text, 22 blob, 2A uri, 32 mime_type, 3A modality,
    // 42 embedding (sparse), 4A tensor, 52 tags (Struct), 5A scores, 62 chunks, 6A matches, 75 weight,
    // 78 granularity, 80 01 adjacency. Changing these bytes breaks every stored file and peer.
    private const string ExpectedHex =
        "0A0264311201701A026869220201022A0175320A746578742F706C61696E3A04"
        + "74657874421212100804120201031A080000003F000000404A0E0A080000803F"
        + "0000004012020102521A0A080A017312031A01760A0E0A016E12091100000000"
        + "000008405A1E0A03636F73121709000000000000D03F1206636F73696E651A01"
        + "64220172620C0A0A0A01631A056368756E6B6A0F0A0D0A016D42080A060A0400"
        + "00803F750000C03F7801800102";
}
