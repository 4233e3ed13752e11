using System.Runtime.InteropServices;
using Flow.Core.Documents;
using Flow.Gateway.Protos.DocArray;
using Google.Protobuf;

namespace Flow.Gateway.Mapping;

/// <summary>
/// Flow's tensors and embeddings as docarray's NdArrayProto: dense arrays as numpy little-endian float32 (<c>&lt;f4</c>);
/// sparse embeddings as a scipy row (shape <c>[1, dimension]</c>, int64 indices <c>[N, 2]</c>), as docarray writes one.
/// </summary>
internal static class NdArrayWriter
{
    public static NdArrayProto WriteTensor(Tensor tensor)
    {
        var dense = Dense(tensor.Values.Span);
        foreach (var d in tensor.Shape.Span)
        {
            dense.Shape.Add((uint)d);
        }

        return new NdArrayProto { Dense = dense, ClsName = "numpy" };
    }

    public static NdArrayProto WriteEmbedding(Embedding embedding)
    {
        if (!embedding.IsSparse)
        {
            var dense = Dense(embedding.Values.Span);
            dense.Shape.Add((uint)embedding.Dimension);
            return new NdArrayProto { Dense = dense, ClsName = "numpy" };
        }

        var indices = embedding.Indices.Span;
        var pairs = new long[indices.Length * 2];
        for (var i = 0; i < indices.Length; i++)
        {
            pairs[(2 * i) + 1] = indices[i];
        }

        var index = new DenseNdArrayProto { Buffer = Bytes(MemoryMarshal.AsBytes(pairs.AsSpan())), Dtype = "<i8" };
        index.Shape.Add((uint)indices.Length);
        index.Shape.Add(2);
        var values = Dense(embedding.Values.Span);
        values.Shape.Add((uint)indices.Length);
        var sparse = new SparseNdArrayProto { Indices = index, Values = values };
        sparse.Shape.Add(1);
        sparse.Shape.Add((uint)embedding.Dimension);
        return new NdArrayProto { Sparse = sparse, ClsName = "scipy" };
    }

    private static DenseNdArrayProto Dense(ReadOnlySpan<float> values) =>
        new() { Buffer = Bytes(MemoryMarshal.AsBytes(values)), Dtype = DType.Float32.Name };

    private static ByteString Bytes(ReadOnlySpan<byte> bytes)
    {
        if (BitConverter.IsLittleEndian)
        {
            return ByteString.CopyFrom(bytes);
        }

        throw new PlatformNotSupportedException("The gateway writes little-endian arrays and runs on little-endian machines only.");
    }
}
