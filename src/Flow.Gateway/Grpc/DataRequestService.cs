using Flow.Core.Documents;
using Flow.Gateway.Hosting;
using Flow.Gateway.Protos.Jina;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Flow.Gateway.Grpc;

/// <summary>
/// <c>jina.JinaDataRequestRPC/process_data</c>: the parts of one request (as a Jina worker receives them from several
/// predecessors) answered by one response: the header and parameters of the first part, the documents of every part
/// reduced in order (Jina's <c>reduce</c>).
/// </summary>
internal sealed class DataRequestService(GatewayState state)
{
    public Task<DataRequestProto> process_data(DataRequestListProto request, ServerCallContext context)
    {
        if (request.Requests.Count == 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "requests: the list is empty"));
        }

        var received = Timestamp.FromDateTime(DateTime.UtcNow);
        var target = state.Target;
        var first = UnaryRequests.Read(request.Requests[0], target.Endpoints, "requests[0].", out var asBytes);
        if (request.Requests.Count > 1)
        {
            var others = new List<DocumentArray>(request.Requests.Count - 1);
            for (var i = 1; i < request.Requests.Count; i++)
            {
                others.Add(UnaryRequests.Read(request.Requests[i], target.Endpoints, $"requests[{i}].", out _).Docs);
            }

            first.Docs.ReduceAll(others);
        }

        return UnaryRequests.RunAsync(target, first, asBytes, received, context.CancellationToken);
    }
}
