using Flow.Core.Protos;
using Flow.Core.Requests;

namespace Flow.Core.Wire;

/// <summary>Requests and responses to and from <see cref="DataRequestProto"/> (Jina's DataRequest shape).</summary>
internal static class RequestProtoConverter
{
    public static DataRequestProto ToProto(FlowRequest request) => new()
    {
        Header = new HeaderProto
        {
            RequestId = request.RequestId,
            TargetExecutor = request.TargetExecutor ?? string.Empty,
            TimeoutMs = request.Timeout is { } t ? (long)t.TotalMilliseconds : 0,
        },
        Endpoint = request.Endpoint,
        Parameters = JsonStructConverter.ToStruct(request.Parameters),
        Docs = DocumentProtoConverter.ToProto(request.Docs),
    };

    public static FlowRequest RequestFromProto(DataRequestProto proto) =>
        new(proto.Endpoint, DocumentProtoConverter.FromProto(proto.Docs ?? new DocumentArrayProto()),
            proto.Parameters is null ? null : JsonStructConverter.FromStruct(proto.Parameters))
        {
            RequestId = proto.Header?.RequestId is { Length: > 0 } id ? id : Documents.Document.NewId(),
            TargetExecutor = proto.Header?.TargetExecutor is { Length: > 0 } target ? target : null,
            Timeout = proto.Header?.TimeoutMs is > 0 and var ms ? TimeSpan.FromMilliseconds(ms) : null,
        };

    public static DataRequestProto ToProto(FlowResponse response, string endpoint)
    {
        var proto = new DataRequestProto
        {
            Header = new HeaderProto { RequestId = response.RequestId, Status = ToStatus(response.Error) },
            Endpoint = endpoint,
            Parameters = JsonStructConverter.ToStruct(response.Parameters),
            Docs = DocumentProtoConverter.ToProto(response.Docs),
        };
        foreach (var route in response.Routes)
        {
            proto.Routes.Add(new RouteProto
            {
                Executor = route.Executor,
                Status = new StatusProto { Code = route.Status == ResponseStatus.Ok ? StatusProto.Types.StatusCode.Success : StatusProto.Types.StatusCode.Error },
            });
        }

        return proto;
    }

    public static FlowResponse ResponseFromProto(DataRequestProto proto)
    {
        var response = new FlowResponse(
            proto.Header?.RequestId ?? string.Empty,
            DocumentProtoConverter.FromProto(proto.Docs ?? new DocumentArrayProto()),
            proto.Parameters is null ? null : JsonStructConverter.FromStruct(proto.Parameters));
        if (proto.Header?.Status is { Code: StatusProto.Types.StatusCode.Error } status)
        {
            var e = status.Exception;
            response.Error = new FlowError(
                e?.Executor ?? string.Empty,
                e?.Name ?? string.Empty,
                e is { Args.Count: > 0 } ? e.Args[0] : status.Description,
                e is { Stacks.Count: > 0 } ? string.Join('\n', e.Stacks) : null);
        }

        foreach (var route in proto.Routes)
        {
            response.Routes.Add(new RouteEntry(
                route.Executor,
                route.Status?.Code == StatusProto.Types.StatusCode.Error ? ResponseStatus.Error : ResponseStatus.Ok));
        }

        return response;
    }

    private static StatusProto ToStatus(FlowError? error)
    {
        if (error is null)
        {
            return new StatusProto { Code = StatusProto.Types.StatusCode.Success };
        }

        var exception = new ExceptionProto { Name = error.ExceptionType, Executor = error.Executor };
        exception.Args.Add(error.Message);
        if (error.StackTrace is { } stack)
        {
            exception.Stacks.AddRange(stack.Split('\n'));
        }

        return new StatusProto { Code = StatusProto.Types.StatusCode.Error, Description = error.Description, Exception = exception };
    }
}
