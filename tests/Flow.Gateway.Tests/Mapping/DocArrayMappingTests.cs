using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Gateway.Mapping;
using Flow.Gateway.Protos.DocArray;
using Flow.Gateway.Tests.Support;
using Google.Protobuf;

namespace Flow.Gateway.Tests.Mapping;

public sealed class DocArrayMappingTests
{
    [Fact]
    public void RoundTrip_EveryFieldFlowModels_ComesBackEqual()
    {
        var doc = new Document
        {
            Id = "root",
            ParentId = "p",
            Text = "text",
            Uri = "file:///x",
            MimeType = "text/plain",
            Modality = "text",
            Weight = 0.25f,
            Offset = 4f,
            Location = [1f, 5f],
            Granularity = 1,
            Adjacency = 2,
            Embedding = Embedding.Sparse(10, [1, 7], [0.5f, -1f]),
        };
        doc.Tags["n"] = 3L;
        doc.Tags["nested"] = new JsonObject { ["list"] = new JsonArray(1L, "two", true, null) };
        doc.Metadata["multi_modal_schema"] = new JsonObject { ["title"] = new JsonObject { ["attribute_type"] = "text" } };
        doc.Scores["cosine"] = new NamedScore(0.75, "cosine", "similarity", "ref");
        doc.Evaluations["precision"] = new NamedScore(0.5, "p@1");
        var chunk = new Document { Id = "c1", Tensor = new Tensor([1f, 2f, 3f, 4f, 5f, 6f], [2, 3]) };
        chunk.Matches.Add(new Document { Id = "c1m1", Blob = new byte[] { 1, 2, 3 }, Embedding = Embedding.Dense([1f, 2f]) });
        doc.Chunks.Add(chunk);
        doc.Matches.Add(new Document { Id = "m1", Text = "match" });

        var bytes = DocArrayWriter.Write(doc).ToByteArray();
        var back = DocArrayReader.Read(DocumentProto.Parser.ParseFrom(bytes), "doc");

        Assert.Equal(("root", "p", "text", "file:///x", "text/plain", "text"), (back.Id, back.ParentId, back.Text, back.Uri, back.MimeType, back.Modality));
        Assert.Equal((0.25f, 1, 2), (back.Weight, back.Granularity, back.Adjacency));
        Assert.Equal(doc.Embedding, back.Embedding);
        Assert.True(JsonNode.DeepEquals(doc.Tags, back.Tags));
        Assert.True(JsonNode.DeepEquals(doc.Metadata, back.Metadata));
        Assert.Empty(back.Chunks[0].Metadata);
        Assert.Equal(new NamedScore(0.75, "cosine", "similarity", "ref"), back.Scores["cosine"]);
        Assert.Equal(new NamedScore(0.5, "p@1"), back.Evaluations["precision"]);
        Assert.Equal(4f, back.Offset);
        Assert.Equal([1f, 5f], back.Location);
        Assert.Null(back.Chunks[0].Offset);
        Assert.Null(back.Chunks[0].Location);
        Assert.Empty(back.Chunks[0].Evaluations);
        Assert.Equal(new Tensor([1f, 2f, 3f, 4f, 5f, 6f], [2, 3]), back.Chunks[0].Tensor);
        Assert.Equal([1, 2, 3], back.Chunks[0].Matches[0].Blob.ToArray());
        Assert.Equal(Embedding.Dense([1f, 2f]), back.Chunks[0].Matches[0].Embedding);
        Assert.Equal("match", back.Matches[0].Text);
    }

    [Theory]
    [InlineData("<f4")]
    [InlineData("float32")]
    [InlineData("<f8")]
    [InlineData(">f8")]
    [InlineData("<f2")]
    [InlineData("<i4")]
    [InlineData("<i8")]
    [InlineData(">i8")]
    [InlineData("|u1")]
    [InlineData("|i1")]
    [InlineData("<u2")]
    public void Dense_Dtype_ReadAsFloat32(string dtype)
    {
        Assert.True(DType.TryParse(dtype, out var t));
        var values = new double[] { 1, 2, 100 };
        var buffer = new byte[values.Length * t.Size];
        for (var i = 0; i < values.Length; i++)
        {
            Encode(t, values[i], buffer.AsSpan(i * t.Size, t.Size));
        }

        var proto = new DenseNdArrayProto { Buffer = ByteString.CopyFrom(buffer), Dtype = dtype };
        proto.Shape.Add(3);

        Assert.Equal([1f, 2f, 100f], NdArrayReader.ReadDense(proto, "x", out var shape));
        Assert.Equal([3], shape);
    }

    [Fact]
    public void Dense_UnsupportedDtype_ErrorNamesIt()
    {
        var proto = new NdArrayProto { Dense = Requests.Dense([1f], "<c16") };

        var e = Assert.Throws<GatewayInputException>(() => NdArrayReader.ReadEmbedding(proto, "docs[0].embedding"));

        Assert.Equal("docs[0].embedding.dense.dtype", e.Field);
        Assert.Equal("docs[0].embedding.dense.dtype: dtype '<c16' is not supported (float16/32/64, int8/16/32/64, uint8/16/32/64 and bool are)", e.Message);
    }

    [Fact]
    public void Dense_BufferNotWholeElements_ErrorNamesTheBuffer()
    {
        var proto = new DenseNdArrayProto { Buffer = ByteString.CopyFrom(1, 2, 3), Dtype = "<f4" };

        var e = Assert.Throws<GatewayInputException>(() => NdArrayReader.ReadDense(proto, "t", out _));

        Assert.Equal("t.buffer: 3 bytes is not a whole number of <f4 elements", e.Message);
    }

    [Fact]
    public void Sparse_ScipyRow_FlatIndicesSortedAndDuplicatesSummed()
    {
        var sparse = new SparseNdArrayProto { Indices = Int64([0, 5, 0, 2, 0, 5], 3, 2), Values = Requests.Dense([1f, 2f, 3f]) };
        sparse.Shape.Add(1);
        sparse.Shape.Add(8);

        var e = NdArrayReader.ReadEmbedding(new NdArrayProto { Sparse = sparse, ClsName = "scipy" }, "emb");

        Assert.Equal(Embedding.Sparse(8, [2, 5], [2f, 4f]), e);
    }

    [Fact]
    public void Sparse_TorchLayout_IndicesByDimension()
    {
        var sparse = new SparseNdArrayProto { Indices = Int64([0, 1, 3, 0], 2, 2), Values = Requests.Dense([1f, 2f]) };
        sparse.Shape.Add(2);
        sparse.Shape.Add(4);

        var e = NdArrayReader.ReadEmbedding(new NdArrayProto { Sparse = sparse, ClsName = "torch" }, "emb");

        Assert.Equal(Embedding.Sparse(8, [3, 4], [1f, 2f]), e);
    }

    [Fact]
    public void Sparse_IndexOutsideShape_ErrorNamesTheEntry()
    {
        var sparse = new SparseNdArrayProto { Indices = Int64([0, 9], 1, 2), Values = Requests.Dense([1f]) };
        sparse.Shape.Add(1);
        sparse.Shape.Add(8);

        var e = Assert.Throws<GatewayInputException>(() => NdArrayReader.ReadEmbedding(new NdArrayProto { Sparse = sparse }, "emb"));

        Assert.Equal("emb.sparse.indices: index 9 of entry 0 is outside dimension 1 of size 8", e.Message);
    }

    [Fact]
    public void Tensor_Sparse_ErrorSaysTensorsAreDense()
    {
        var e = Assert.Throws<GatewayInputException>(() => NdArrayReader.ReadTensor(new NdArrayProto { Sparse = new SparseNdArrayProto() }, "t"));

        Assert.Equal("t.sparse", e.Field);
    }

    private static DenseNdArrayProto Int64(long[] values, params uint[] shape)
    {
        var bytes = new byte[values.Length * 8];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        var proto = new DenseNdArrayProto { Buffer = ByteString.CopyFrom(bytes), Dtype = "<i8" };
        proto.Shape.Add(shape);
        return proto;
    }

    private static void Encode(DType t, double v, Span<byte> e)
    {
        switch (t.Kind, t.Size, t.BigEndian)
        {
            case ('f', 4, false): System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(e, (float)v); break;
            case ('f', 8, false): System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(e, v); break;
            case ('f', 8, true): System.Buffers.Binary.BinaryPrimitives.WriteDoubleBigEndian(e, v); break;
            case ('f', 2, false): System.Buffers.Binary.BinaryPrimitives.WriteHalfLittleEndian(e, (Half)v); break;
            case ('i', 4, false): System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(e, (int)v); break;
            case ('i', 8, false): System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(e, (long)v); break;
            case ('i', 8, true): System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(e, (long)v); break;
            case ('u', 2, false): System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(e, (ushort)v); break;
            case ('u', 1, _) or ('i', 1, _): e[0] = (byte)v; break;
            default: throw new InvalidOperationException(t.Name);
        }
    }
}
