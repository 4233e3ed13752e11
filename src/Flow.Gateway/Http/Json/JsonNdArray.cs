using System.Text.Json;
using Flow.Core.Documents;
using Flow.Gateway.Mapping;
using Flow.Gateway.Protos.DocArray;
using Google.Protobuf;

namespace Flow.Gateway.Http.Json;

/// <summary>
/// Tensors and embeddings in JSON: a (nested) list of numbers, as docarray's JSON has them, or an NdArrayProto in
/// protobuf's JSON form (<c>{"dense": {"buffer": base64, "shape": [...], "dtype": "&lt;f4"}}</c>, or <c>"sparse"</c>).
/// </summary>
internal static class JsonNdArray
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static Tensor ReadTensor(JsonElement v, string path)
    {
        if (v.ValueKind == JsonValueKind.Object)
        {
            return NdArrayReader.ReadTensor(ParseProto(v, path), path);
        }

        var values = ReadNested(v, path, out var shape);
        return new Tensor(values, shape);
    }

    public static Embedding ReadEmbedding(JsonElement v, string path) =>
        v.ValueKind == JsonValueKind.Object
            ? NdArrayReader.ReadEmbedding(ParseProto(v, path), path)
            : Embedding.Dense(ReadNested(v, path, out _));

    private static NdArrayProto ParseProto(JsonElement v, string path)
    {
        try
        {
            return Parser.Parse<NdArrayProto>(v.GetRawText());
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new GatewayInputException(path, "not an NdArrayProto in JSON form: " + e.Message);
        }
        catch (FormatException e)
        {
            throw new GatewayInputException(path, "not an NdArrayProto in JSON form: " + e.Message);
        }
    }

    private static float[] ReadNested(JsonElement v, string path, out int[] shape)
    {
        JsonFields.Array(v, path);
        var dims = new List<int>();
        var probe = v;
        while (probe.ValueKind == JsonValueKind.Array)
        {
            dims.Add(probe.GetArrayLength());
            if (probe.GetArrayLength() == 0)
            {
                break;
            }

            probe = probe[0];
        }

        shape = [.. dims];
        long count = 1;
        foreach (var d in shape)
        {
            count = Math.Min(count * d, 1 << 16);
        }

        // The shape comes from the first items only: fill a list (checked item by item) rather than trusting it for an allocation.
        var values = new List<float>((int)Math.Min(count, 1 << 16));
        Fill(v, 0, shape, values, path);
        return [.. values];
    }

    private static void Fill(JsonElement v, int depth, int[] shape, List<float> values, string path)
    {
        if (depth == shape.Length)
        {
            values.Add((float)JsonFields.Number(v, path));
            return;
        }

        if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() != shape[depth])
        {
            throw new GatewayInputException(path, $"a ragged nested list: expected {shape[depth]} items at depth {depth}");
        }

        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            Fill(item, depth + 1, shape, values, path + "[" + i++ + "]");
        }
    }
}
