using System.Net;
using Flow.Core.Flows;
using Flow.Actors.Hosting;
using Flow.Gateway.Protos.Jina;
using Flow.Gateway.Target;
using Flow.Gateway.Tests.Support;
using Grpc.Core;

namespace Flow.Gateway.Tests.RealClients;

public sealed class TimeoutTests
{
    [Fact]
    public async Task Request_FlowTimeLimitPasses_DeadlineExceededOverGrpcAnd504OverHttp()
    {
        var flow = new FlowBuilder().Add<GatewayTestExecutor>("held").Build();
        await using var host = await FlowHost.StartAsync(flow, new FlowHostOptions { DefaultTimeout = TimeSpan.FromMilliseconds(200) });
        await using var gateway = await TestGateway.StartAsync(new FlowHostGatewayTarget(host, flow));
        try
        {
            var grpc = await Assert.ThrowsAsync<RpcException>(async () =>
                await new JinaSingleDataRequestRPC.JinaSingleDataRequestRPCClient(gateway.Channel).process_single_dataAsync(Requests.Data("t1", "/hold", "x")));
            Assert.Equal(StatusCode.DeadlineExceeded, grpc.StatusCode);
            Assert.StartsWith("TimeoutException: The request timed out after 200 ms waiting for executor 'held'", grpc.Status.Detail, StringComparison.Ordinal);

            using var call = new JinaRPC.JinaRPCClient(gateway.Channel).Call();
            await call.RequestStream.WriteAsync(Requests.Data("t2", "/hold", "x"));
            var stream = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.MoveNext());
            Assert.Equal(StatusCode.DeadlineExceeded, stream.StatusCode);

            using var response = await gateway.Http.PostAsync("/post", new StringContent("""{"data": [{"text": "x"}], "exec_endpoint": "/hold", "timeout": 100}"""));
            Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
            Assert.Contains("The request timed out after 100 ms", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            GatewayTestExecutor.Release();
        }
    }
}
