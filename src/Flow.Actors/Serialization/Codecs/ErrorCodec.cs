using Flow.Actors.Protos;
using Flow.Core.Requests;

namespace Flow.Actors.Serialization.Codecs;

/// <summary><see cref="FlowError"/> to and from <see cref="FlowErrorProto"/>.</summary>
internal static class ErrorCodec
{
    public static FlowErrorProto? ToProto(FlowError? error)
    {
        if (error is null)
        {
            return null;
        }

        var proto = new FlowErrorProto
        {
            Executor = error.Executor,
            ExceptionType = error.ExceptionType,
            Message = error.Message,
        };
        if (error.StackTrace is { } stack)
        {
            proto.StackTrace = stack;
        }

        proto.ExecutorClass = error.ExecutorClass ?? string.Empty;
        return proto;
    }

    public static FlowError? FromProto(FlowErrorProto? proto) =>
        proto is null
            ? null
            : new FlowError(proto.Executor, proto.ExceptionType, proto.Message, proto.HasStackTrace ? proto.StackTrace : null)
            {
                ExecutorClass = proto.ExecutorClass.Length == 0 ? null : proto.ExecutorClass,
            };
}
