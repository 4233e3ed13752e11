using Flow.Core.Requests;
using Flow.Gateway.Mapping;
using Flow.Gateway.Protos.Jina;
using Flow.Gateway.Target;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Flow.Gateway.Grpc;

/// <summary>One request, one response, for the unary services: bad input is INVALID_ARGUMENT (NOT_FOUND for an unknown endpoint), a timeout DEADLINE_EXCEEDED, a lost executor UNAVAILABLE.</summary>
internal static class UnaryRequests
{
    public static FlowRequest Read(DataRequestProto proto, FlowEndpoints endpoints, string field, out bool asBytes)
    {
        try
        {
            return DataRequestMapper.ToFlowRequest(proto, endpoints, out asBytes);
        }
        catch (GatewayInputException e)
        {
            throw new RpcException(new Status(e.UnknownEndpoint ? StatusCode.NotFound : StatusCode.InvalidArgument, field + e.Message));
        }
    }

    public static async Task<DataRequestProto> RunAsync(IFlowGatewayTarget target, FlowRequest request, bool asBytes, Timestamp received, CancellationToken cancellationToken)
    {
        var answer = await target.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return FailureClassifier.Classify(answer) switch
        {
            FailureKind.Timeout => throw new RpcException(new Status(StatusCode.DeadlineExceeded, answer.Error!.Description)),
            FailureKind.Unavailable => throw new RpcException(new Status(StatusCode.Unavailable, answer.Error!.Description)),
            _ => DataRequestMapper.ToProto(request, answer, asBytes, received),
        };
    }
}
