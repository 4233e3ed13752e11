using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Requests;
using Flow.Core.Wire;
using Flow.Gateway.Protos.DocArray;
using Flow.Gateway.Protos.Jina;
using Flow.Gateway.Target;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Flow.Gateway.Mapping;

/// <summary>
/// Jina's DataRequestProto to a <see cref="FlowRequest"/> and a <see cref="FlowResponse"/> back: header (request id,
/// exec_endpoint, target_executor, timeout in ms), parameters, documents (<c>docs</c> or <c>docs_bytes</c>: the response
/// uses the form the request used), routes and status.
/// </summary>
internal static class DataRequestMapper
{
    /// <summary>Reads a request; throws <see cref="GatewayInputException"/> naming the field for bad input or an unknown endpoint.</summary>
    public static FlowRequest ToFlowRequest(DataRequestProto proto, FlowEndpoints endpoints, out bool docsAsBytes)
    {
        var header = proto.Header;
        var endpoint = header is { HasExecEndpoint: true, ExecEndpoint.Length: > 0 } ? header.ExecEndpoint : "/";
        if (!endpoints.Accepts(endpoint))
        {
            throw new GatewayInputException("header.exec_endpoint", $"endpoint '{endpoint}' is bound by no executor of the Flow", unknownEndpoint: true);
        }

        var target = header is { HasTargetExecutor: true, TargetExecutor.Length: > 0 } ? header.TargetExecutor : null;
        if (!TargetExecutorFilter.TryCreate(target, out _, out var error))
        {
            throw new GatewayInputException("header.target_executor", error);
        }

        docsAsBytes = proto.Data?.DocumentsCase == DataRequestProto.Types.DataContentProto.DocumentsOneofCase.DocsBytes;
        DocumentArray docs;
        JsonObject parameters;
        try
        {
            docs = ReadDocs(proto.Data);
            parameters = proto.Parameters is { } p ? JsonStructConverter.FromStruct(p) : new JsonObject();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or OverflowException)
        {
            // A value Flow's document model refuses (its own checks); the reader names the fields it checks itself.
            throw new GatewayInputException("data", e.Message);
        }

        return new FlowRequest(endpoint, docs, parameters)
        {
            RequestId = header is { RequestId.Length: > 0 } ? header.RequestId : Document.NewId(),
            TargetExecutor = target,
            Timeout = header is { HasTimeout: true, Timeout: > 0 } ? TimeSpan.FromMilliseconds(header.Timeout) : null,
        };
    }

    /// <summary>The response to <paramref name="request"/>; the gateway's route entry gets the front door's times when the Flow recorded none.</summary>
    public static DataRequestProto ToProto(FlowRequest request, FlowResponse response, bool docsAsBytes, Timestamp received)
    {
        var header = new HeaderProto
        {
            RequestId = request.RequestId,
            ExecEndpoint = request.Endpoint,
            Status = response.Error is { } error ? StatusMapper.FromError(error) : StatusMapper.Success,
        };
        if (request.TargetExecutor is { } target)
        {
            header.TargetExecutor = target;
        }

        var proto = new DataRequestProto
        {
            Header = header,
            Parameters = JsonStructConverter.ToStruct(response.Parameters),
            Data = WriteDocs(response.Docs, docsAsBytes),
        };
        Timestamp? now = null;
        foreach (var route in response.Routes)
        {
            var r = new RouteProto
            {
                Executor = route.Executor,
                Status = route.Status == ResponseStatus.Ok ? StatusMapper.Success : new StatusProto { Code = StatusProto.Types.StatusCode.Error },
            };
            if (route.StartTime is { } start)
            {
                r.StartTime = Timestamp.FromDateTimeOffset(start);
            }
            else if (proto.Routes.Count == 0)
            {
                r.StartTime = received;
            }

            if (route.EndTime is { } end)
            {
                r.EndTime = Timestamp.FromDateTimeOffset(end);
            }
            else if (proto.Routes.Count == 0)
            {
                r.EndTime = now ??= Timestamp.FromDateTime(DateTime.UtcNow);
            }

            proto.Routes.Add(r);
        }

        return proto;
    }

    /// <summary>An ERROR response for a request refused before it reached the Flow.</summary>
    public static DataRequestProto Refused(DataRequestProto request, GatewayInputException e)
    {
        var header = new HeaderProto
        {
            RequestId = request.Header?.RequestId ?? string.Empty,
            Status = StatusMapper.FromInput(e),
        };
        if (request.Header is { HasExecEndpoint: true } h)
        {
            header.ExecEndpoint = h.ExecEndpoint;
        }

        var proto = new DataRequestProto { Header = header, Parameters = request.Parameters ?? new Struct(), Data = request.Data };
        proto.Routes.Add(new RouteProto { Executor = "gateway", Status = header.Status });
        return proto;
    }

    private static DocumentArray ReadDocs(DataRequestProto.Types.DataContentProto? data)
    {
        switch (data?.DocumentsCase)
        {
            case DataRequestProto.Types.DataContentProto.DocumentsOneofCase.Docs:
                return DocArrayReader.Read(data.Docs, "data.docs");
            case DataRequestProto.Types.DataContentProto.DocumentsOneofCase.DocsBytes:
                DocumentArrayProto parsed;
                try
                {
                    parsed = DocumentArrayProto.Parser.ParseFrom(data.DocsBytes);
                }
                catch (InvalidProtocolBufferException e)
                {
                    throw new GatewayInputException("data.docs_bytes", "not a serialized docarray.DocumentArrayProto: " + e.Message);
                }

                return DocArrayReader.Read(parsed, "data.docs_bytes");
            default:
                return new DocumentArray();
        }
    }

    private static DataRequestProto.Types.DataContentProto WriteDocs(DocumentArray docs, bool asBytes)
    {
        var proto = DocArrayWriter.Write(docs);
        return asBytes
            ? new DataRequestProto.Types.DataContentProto { DocsBytes = proto.ToByteString() }
            : new DataRequestProto.Types.DataContentProto { Docs = proto };
    }
}
