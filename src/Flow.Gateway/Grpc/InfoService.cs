using Flow.Gateway.Hosting;
using Flow.Gateway.Protos.Jina;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Flow.Gateway.Grpc;

/// <summary><c>jina.JinaInfoRPC/_status</c>: versions and environment (see <see cref="GatewayInfo"/>).</summary>
internal sealed class InfoService
{
    public Task<JinaInfoProto> _status(Empty request, ServerCallContext context)
    {
        var proto = new JinaInfoProto();
        proto.Jina.Add(GatewayInfo.Versions());
        proto.Envs.Add(GatewayInfo.Environment());
        return Task.FromResult(proto);
    }
}
