using Flow.Core.Requests;
using Flow.Gateway.Protos.Jina;

namespace Flow.Gateway.Mapping;

/// <summary>Flow's errors as Jina's StatusProto: code ERROR, a description and the exception {name, args, stacks, executor}.</summary>
internal static class StatusMapper
{
    public static readonly StatusProto Success = new() { Code = StatusProto.Types.StatusCode.Success };

    public static StatusProto FromError(FlowError error)
    {
        var exception = new StatusProto.Types.ExceptionProto { Name = error.ExceptionType, Executor = error.Executor };
        exception.Args.Add(error.Message);
        if (error.StackTrace is { Length: > 0 } stack)
        {
            foreach (var line in stack.Split('\n'))
            {
                exception.Stacks.Add(line.TrimEnd('\r'));
            }
        }

        return new StatusProto { Code = StatusProto.Types.StatusCode.Error, Description = error.Description, Exception = exception };
    }

    /// <summary>A request the gateway refused before it reached the Flow (bad input, unknown endpoint).</summary>
    public static StatusProto FromInput(GatewayInputException e) => FromError(new FlowError("gateway", e.UnknownEndpoint ? "UnknownEndpointError" : "BadRequestError", e.Message, null));
}
