using System.Runtime.InteropServices;
using Flow.Core.Documents;
using Flow.Gateway.Protos.DocArray;

namespace Flow.Gateway.Mapping;

/// <summary>
/// docarray's NdArrayProto into Flow's float32 <see cref="Tensor"/> and <see cref="Embedding"/>: any numpy dtype of
/// <see cref="DType"/> is read as float32; a shape that does not match the buffer, or a dtype Flow cannot read, is a
/// <see cref="GatewayInputException"/> naming the field.
/// </summary>
internal static class NdArrayReader
{
    /// <summary>A tensor (dense only: Flow's tensors are dense).</summary>
    public static Tensor ReadTensor(NdArrayProto proto, string field)
    {
        if (proto.ContentCase == NdArrayProto.ContentOneofCase.Sparse)
        {
            throw new GatewayInputException(field + ".sparse", "a sparse tensor is not supported (Flow's tensors are dense; sparse arrays are supported as embeddings)");
        }

        if (proto.ContentCase != NdArrayProto.ContentOneofCase.Dense)
        {
            throw new GatewayInputException(field, "the array has neither dense nor sparse content");
        }

        var values = ReadDense(proto.Dense, field + ".dense", out var shape);
        return new Tensor(values, shape);
    }

    /// <summary>An embedding: a dense array of any shape (flattened) or a sparse one (its flat coordinates).</summary>
    public static Embedding ReadEmbedding(NdArrayProto proto, string field)
    {
        switch (proto.ContentCase)
        {
            case NdArrayProto.ContentOneofCase.Dense:
                return Embedding.Dense(ReadDense(proto.Dense, field + ".dense", out _));
            case NdArrayProto.ContentOneofCase.Sparse:
                return ReadSparse(proto.Sparse, field + ".sparse", proto.ClsName == "torch");
            default:
                throw new GatewayInputException(field, "the array has neither dense nor sparse content");
        }
    }

    /// <summary>The elements as float32 and the shape (an empty shape means one dimension over the whole buffer).</summary>
    public static float[] ReadDense(DenseNdArrayProto proto, string field, out int[] shape)
    {
        var dtype = Parse(proto.Dtype, field);
        var buffer = proto.Buffer.Span;
        if (buffer.Length % dtype.Size != 0)
        {
            throw new GatewayInputException(field + ".buffer", $"{buffer.Length} bytes is not a whole number of {dtype.Name} elements");
        }

        var count = buffer.Length / dtype.Size;
        shape = proto.Shape.Count == 0 ? [count] : ToShape(proto.Shape, field, out var product, count, dtype, buffer.Length);
        var values = new float[count];
        if (dtype == DType.Float32 && BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, float>(buffer).CopyTo(values);
            return values;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] = dtype.Read(buffer, i);
        }

        return values;
    }

    private static int[] ToShape(IList<uint> dims, string field, out long product, int count, DType dtype, int bytes)
    {
        var shape = new int[dims.Count];
        product = 1;
        for (var i = 0; i < shape.Length; i++)
        {
            product *= dims[i];
            if (product > int.MaxValue)
            {
                break;
            }

            shape[i] = (int)dims[i];
        }

        if (product != count)
        {
            throw new GatewayInputException(field + ".shape", $"shape [{string.Join(", ", dims)}] with dtype {dtype.Name} needs {(decimal)product * dtype.Size} bytes, the buffer has {bytes}");
        }

        return shape;
    }

    private static DType Parse(string dtype, string field)
    {
        if (!DType.TryParse(dtype, out var parsed))
        {
            throw new GatewayInputException(field + ".dtype", $"dtype '{dtype}' is not supported (float16/32/64, int8/16/32/64, uint8/16/32/64 and bool are)");
        }

        return parsed;
    }

    private static Embedding ReadSparse(SparseNdArrayProto proto, string field, bool indicesByDimension)
    {
        if (proto.Values is null || proto.Indices is null)
        {
            throw new GatewayInputException(field, "a sparse array needs indices and values");
        }

        var values = ReadDense(proto.Values, field + ".values", out _);
        var ndims = proto.Shape.Count;
        if (ndims == 0)
        {
            throw new GatewayInputException(field + ".shape", "a sparse array needs a shape");
        }

        long dimension = 1;
        foreach (var d in proto.Shape)
        {
            dimension *= d;
            if (dimension > int.MaxValue)
            {
                throw new GatewayInputException(field + ".shape", $"shape [{string.Join(", ", proto.Shape)}] has more than {int.MaxValue} elements");
            }
        }

        var flat = ReadFlatIndices(proto.Indices, field + ".indices", proto.Shape, values.Length, indicesByDimension);
        return ToEmbedding((int)dimension, flat, values);
    }

    private static long[] ReadFlatIndices(DenseNdArrayProto indices, string field, IList<uint> shape, int n, bool byDimension)
    {
        var dtype = Parse(indices.Dtype, field);
        if (!dtype.IsInteger)
        {
            throw new GatewayInputException(field + ".dtype", $"sparse indices must be integers, not {dtype.Name}");
        }

        var buffer = indices.Buffer.Span;
        var ndims = shape.Count;
        if (buffer.Length != (long)n * ndims * dtype.Size)
        {
            throw new GatewayInputException(field + ".buffer", $"{n} values in {ndims} dimensions need {(long)n * ndims * dtype.Size} bytes of {dtype.Name} indices, the buffer has {buffer.Length}");
        }

        var flat = new long[n];
        for (var k = 0; k < n; k++)
        {
            long index = 0;
            for (var d = 0; d < ndims; d++)
            {
                var at = byDimension ? (d * n) + k : (k * ndims) + d;
                var i = dtype.ReadInt64(buffer, at);
                if (i < 0 || i >= shape[d])
                {
                    throw new GatewayInputException(field, $"index {i} of entry {k} is outside dimension {d} of size {shape[d]}");
                }

                index = (index * shape[d]) + i;
            }

            flat[k] = index;
        }

        return flat;
    }

    private static Embedding ToEmbedding(int dimension, long[] flat, float[] values)
    {
        var order = new int[flat.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort((long[])flat.Clone(), order);
        var indices = new List<int>(flat.Length);
        var sums = new List<float>(flat.Length);
        foreach (var i in order)
        {
            // Coordinate form may repeat an index: the values add up, as scipy's and torch's coalesce.
            if (indices.Count > 0 && indices[^1] == flat[i])
            {
                sums[^1] += values[i];
                continue;
            }

            indices.Add((int)flat[i]);
            sums.Add(values[i]);
        }

        return Embedding.Sparse(dimension, [.. indices], [.. sums]);
    }
}
