using System.Net;
using Flow.Gateway.Hosting;
using Flow.Gateway.Protos.Jina;
using Flow.Gateway.Tests.Support;
using Grpc.Net.Client;

namespace Flow.Gateway.Tests.RealClients;

public sealed class KestrelTests
{
    [Fact]
    public async Task Server_PortsZero_BothDoorsOnLoopbackAndBodyOverLimitIs413()
    {
        var target = new FakeTarget();
        await using var server = await FlowGatewayServer.StartAsync(target, new FlowGatewayServerOptions
        {
            GrpcPort = 0,
            HttpPort = 0,
            Gateway = new FlowGatewayOptions { MaxRequestBytes = 2048 },
        });

        Assert.Equal("127.0.0.1", server.GrpcAddress!.Host);
        Assert.NotEqual(server.GrpcAddress.Port, server.HttpAddress!.Port);
        using var http = new HttpClient { BaseAddress = server.HttpAddress };
        using var big = await http.PostAsync("/post", new StringContent($$"""{"data": [{"text": "{{new string('x', 4000)}}"}], "exec_endpoint": "/x"}"""));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(0, target.MaxInFlight);

        using var channel = GrpcChannel.ForAddress(server.GrpcAddress);
        var answered = new JinaSingleDataRequestRPC.JinaSingleDataRequestRPCClient(channel).process_single_dataAsync(Requests.Data("k1", "/x", "hi"));
        (await target.Calls.ReadAsync()).Reply();
        Assert.Equal("k1", (await answered).Header.RequestId);
    }

    [Fact]
    public async Task Server_SamePortForBothDoors_Refused()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => FlowGatewayServer.StartAsync(new FakeTarget(), new FlowGatewayServerOptions { GrpcPort = 5000, HttpPort = 5000 }));

        Assert.StartsWith("The gRPC and HTTP front doors cannot share port 5000.", e.Message, StringComparison.Ordinal);
    }
}
