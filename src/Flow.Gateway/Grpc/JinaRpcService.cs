using Flow.Gateway.Hosting;
using Flow.Gateway.Protos.Jina;
using Grpc.Core;

namespace Flow.Gateway.Grpc;

/// <summary><c>jina.JinaRPC/Call</c>: the client's bidirectional stream (see <see cref="CallStream"/>).</summary>
internal sealed class JinaRpcService(GatewayState state)
{
    public async Task Call(IAsyncStreamReader<DataRequestProto> requestStream, IServerStreamWriter<DataRequestProto> responseStream, ServerCallContext context)
    {
        using var call = new CallStream(state.Target, state.Options.Prefetch, responseStream, context.CancellationToken);
        await call.RunAsync(requestStream).ConfigureAwait(false);
    }
}
