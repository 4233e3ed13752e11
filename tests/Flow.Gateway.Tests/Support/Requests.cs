using Flow.Gateway.Protos.DocArray;
using Flow.Gateway.Protos.Jina;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Flow.Gateway.Tests.Support;

/// <summary>Builds Jina requests as Jina's client sends them: a fresh request id, exec_endpoint, parameters with an empty <c>__results__</c>.</summary>
internal static class Requests
{
    public static DataRequestProto Data(string id, string endpoint, params string[] texts)
    {
        var docs = new DocumentArrayProto();
        for (var i = 0; i < texts.Length; i++)
        {
            docs.Docs.Add(new DocumentProto { Id = $"{id}-d{i}", Text = texts[i] });
        }

        return With(id, endpoint, docs);
    }

    public static DataRequestProto With(string id, string endpoint, DocumentArrayProto docs)
    {
        var parameters = new Struct();
        parameters.Fields["__results__"] = Value.ForStruct(new Struct());
        return new DataRequestProto
        {
            Header = new HeaderProto { RequestId = id, ExecEndpoint = endpoint },
            Parameters = parameters,
            Data = new DataRequestProto.Types.DataContentProto { Docs = docs },
        };
    }

    public static DenseNdArrayProto Dense(float[] values, string dtype = "<f4", params uint[] shape)
    {
        var bytes = new byte[values.Length * 4];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        var dense = new DenseNdArrayProto { Buffer = ByteString.CopyFrom(bytes), Dtype = dtype };
        dense.Shape.Add(shape.Length == 0 ? [(uint)values.Length] : shape);
        return dense;
    }
}
