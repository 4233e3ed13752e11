using Flow.Actors.Protos;
using Flow.Core.Requests;
using Flow.Core.Wire;

namespace Flow.Actors.Serialization.Codecs;

/// <summary><see cref="FlowRequest"/> and <see cref="FlowResponse"/> to and from their protos, every field exactly (routes with their times).</summary>
internal static class RequestCodec
{
    public static FlowRequestProto ToProto(FlowRequest request)
    {
        var proto = new FlowRequestProto
        {
            RequestId = request.RequestId,
            Endpoint = request.Endpoint,
            Docs = DocumentProtoConverter.ToProto(request.Docs),
            Parameters = JsonCodec.ToBytes(request.Parameters),
        };
        if (request.TargetExecutor is { } target)
        {
            proto.TargetExecutor = target;
        }

        if (request.Timeout is { } timeout)
        {
            proto.TimeoutTicks = timeout.Ticks;
        }

        return proto;
    }

    public static FlowRequest FromProto(FlowRequestProto? proto)
    {
        ArgumentNullException.ThrowIfNull(proto, "request");
        return new FlowRequest(proto.Endpoint, InputCodec.Docs(proto.Docs), ShardCodec.Parameters(proto.HasParameters, proto.Parameters))
        {
            RequestId = proto.RequestId,
            TargetExecutor = proto.HasTargetExecutor ? proto.TargetExecutor : null,
            Timeout = proto.HasTimeoutTicks ? TimeSpan.FromTicks(proto.TimeoutTicks) : null,
        };
    }

    public static FlowResponseProto ToProto(FlowResponse response)
    {
        var proto = new FlowResponseProto
        {
            RequestId = response.RequestId,
            Docs = DocumentProtoConverter.ToProto(response.Docs),
            Parameters = JsonCodec.ToBytes(response.Parameters),
            Error = ErrorCodec.ToProto(response.Error),
        };
        foreach (var route in response.Routes)
        {
            proto.Routes.Add(new RouteEntryProto
            {
                Executor = route.Executor,
                Status = (int)route.Status,
                StartTime = ToProto(route.StartTime),
                EndTime = ToProto(route.EndTime),
            });
        }

        return proto;
    }

    public static FlowResponse FromProto(FlowResponseProto proto)
    {
        var response = new FlowResponse(proto.RequestId, InputCodec.Docs(proto.Docs), ShardCodec.Parameters(proto.HasParameters, proto.Parameters))
        {
            Error = ErrorCodec.FromProto(proto.Error),
        };
        foreach (var route in proto.Routes)
        {
            if ((uint)route.Status > (uint)ResponseStatus.Error)
            {
                throw new InvalidDataException($"Unknown route status {route.Status}.");
            }

            response.Routes.Add(new RouteEntry(route.Executor, (ResponseStatus)route.Status)
            {
                StartTime = FromProto(route.StartTime),
                EndTime = FromProto(route.EndTime),
            });
        }

        return response;
    }

    private static TimeProto? ToProto(DateTimeOffset? time) =>
        time is { } t ? new TimeProto { UtcTicks = t.UtcTicks, OffsetMinutes = (int)t.Offset.TotalMinutes } : null;

    private static DateTimeOffset? FromProto(TimeProto? proto) =>
        proto is null ? null : new DateTimeOffset(proto.UtcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(proto.OffsetMinutes));
}
