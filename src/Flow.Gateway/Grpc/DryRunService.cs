using Flow.Core.Requests;
using Flow.Gateway.Hosting;
using Flow.Gateway.Mapping;
using Flow.Gateway.Protos.Jina;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Flow.Gateway.Grpc;

/// <summary><c>jina.JinaGatewayDryRunRPC/dry_run</c>: SUCCESS when every executor answers, else ERROR naming those that did not.</summary>
internal sealed class DryRunService(GatewayState state)
{
    public async Task<StatusProto> dry_run(Empty request, ServerCallContext context)
    {
        var readiness = await state.Target.DryRunAsync(context.CancellationToken).ConfigureAwait(false);
        return readiness.Ready
            ? new StatusProto { Code = StatusProto.Types.StatusCode.Success, Description = readiness.Description }
            : StatusMapper.FromError(new FlowError("gateway", "FlowNotReadyError", readiness.Description, null));
    }
}
