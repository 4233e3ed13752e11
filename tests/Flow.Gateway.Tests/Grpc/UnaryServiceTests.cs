using Flow.Gateway.Protos.DocArray;
using Flow.Gateway.Protos.Jina;
using Flow.Gateway.Tests.Support;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Health.V1;

namespace Flow.Gateway.Tests.Grpc;

public sealed class UnaryServiceTests(FlowFixture fixture) : IClassFixture<FlowFixture>
{
    [Fact]
    public async Task ProcessSingleData_Request_AnswersWithDocumentsAndRoute()
    {
        var client = new JinaSingleDataRequestRPC.JinaSingleDataRequestRPCClient(fixture.Gateway.Channel);

        var response = await client.process_single_dataAsync(Requests.Data("s1", "/upper", "abc"));

        Assert.Equal("s1", response.Header.RequestId);
        Assert.Equal("ABC", response.Data.Docs.Docs[0].Text);
        Assert.Equal(["gateway", "a", "b"], response.Routes.Select(r => r.Executor));
    }

    [Fact]
    public async Task ProcessSingleData_UnknownEndpoint_NotFoundNamingIt()
    {
        var client = new JinaSingleDataRequestRPC.JinaSingleDataRequestRPCClient(fixture.Gateway.Channel);

        var e = await Assert.ThrowsAsync<RpcException>(async () => await client.process_single_dataAsync(Requests.Data("s2", "/missing", "abc")));

        Assert.Equal(StatusCode.NotFound, e.StatusCode);
        Assert.Equal("header.exec_endpoint: endpoint '/missing' is bound by no executor of the Flow", e.Status.Detail);
    }

    [Fact]
    public async Task ProcessSingleData_ShapeDoesNotMatchBuffer_InvalidArgumentNamingTheField()
    {
        var client = new JinaSingleDataRequestRPC.JinaSingleDataRequestRPCClient(fixture.Gateway.Channel);
        var request = Requests.Data("s3", "/echo", "abc");
        request.Data.Docs.Docs[0].Tensor = new NdArrayProto { Dense = Requests.Dense([1f, 2f, 3f], "<f4", 2, 2) };

        var e = await Assert.ThrowsAsync<RpcException>(async () => await client.process_single_dataAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("data.docs[0].tensor.dense.shape: shape [2, 2] with dtype <f4 needs 16 bytes, the buffer has 12", e.Status.Detail);
    }

    [Fact]
    public async Task ProcessSingleData_OverTheSizeLimit_ResourceExhausted()
    {
        var target = new FakeTarget();
        await using var gateway = await TestGateway.StartAsync(target, new Hosting.FlowGatewayOptions { MaxRequestBytes = 4096 });
        var client = new JinaSingleDataRequestRPC.JinaSingleDataRequestRPCClient(gateway.Channel);

        var e = await Assert.ThrowsAsync<RpcException>(async () => await client.process_single_dataAsync(Requests.Data("big", "/x", new string('x', 8000))));

        Assert.Equal(StatusCode.ResourceExhausted, e.StatusCode);
        Assert.Equal(0, target.MaxInFlight);
    }

    [Fact]
    public async Task ProcessData_TwoParts_DocumentsReducedIntoOneResponse()
    {
        var client = new JinaDataRequestRPC.JinaDataRequestRPCClient(fixture.Gateway.Channel);
        var list = new DataRequestListProto();
        list.Requests.Add(Requests.Data("l1", "/upper", "p"));
        list.Requests.Add(Requests.Data("l2", "/upper", "q"));

        var response = await client.process_dataAsync(list);

        Assert.Equal("l1", response.Header.RequestId);
        Assert.Equal(["l1-d0", "l2-d0"], response.Data.Docs.Docs.Select(d => d.Id));
        Assert.Equal(["P", "Q"], response.Data.Docs.Docs.Select(d => d.Text));
    }

    [Fact]
    public async Task ProcessData_EmptyList_InvalidArgument()
    {
        var client = new JinaDataRequestRPC.JinaDataRequestRPCClient(fixture.Gateway.Channel);

        var e = await Assert.ThrowsAsync<RpcException>(async () => await client.process_dataAsync(new DataRequestListProto()));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("requests: the list is empty", e.Status.Detail);
    }

    [Fact]
    public async Task EndpointDiscovery_Flow_ListsTheExecutorsEndpoints()
    {
        var client = new JinaDiscoverEndpointsRPC.JinaDiscoverEndpointsRPCClient(fixture.Gateway.Channel);

        var endpoints = await client.endpoint_discoveryAsync(new Empty());

        Assert.Equal(["/delete", "/echo", "/fail", "/hold", "/index", "/result", "/search", "/update", "/upper"], endpoints.Endpoints);
        Assert.Empty(endpoints.WriteEndpoints);
    }

    [Fact]
    public async Task DryRun_EveryExecutorAnswers_Success()
    {
        var client = new JinaGatewayDryRunRPC.JinaGatewayDryRunRPCClient(fixture.Gateway.Channel);

        var status = await client.dry_runAsync(new Empty());

        Assert.Equal(StatusProto.Types.StatusCode.Success, status.Code);
        Assert.Equal("ready", status.Description);
    }

    [Fact]
    public async Task DryRun_NotReady_ErrorNamingTheExecutor()
    {
        await using var gateway = await TestGateway.StartAsync(new FakeTarget());
        var client = new JinaGatewayDryRunRPC.JinaGatewayDryRunRPCClient(gateway.Channel);

        var status = await client.dry_runAsync(new Empty());

        Assert.Equal(StatusProto.Types.StatusCode.Error, status.Code);
        Assert.Equal("FlowNotReadyError", status.Exception.Name);
        Assert.Equal(["not ready: x (0 of 1 replicas answered)"], status.Exception.Args);
    }

    [Fact]
    public async Task Status_Info_ReportsVersions()
    {
        var client = new JinaInfoRPC.JinaInfoRPCClient(fixture.Gateway.Channel);

        var info = await client._statusAsync(new Empty());

        Assert.Equal("3", info.Jina["jina"]);
        Assert.Equal("grpc,http", info.Jina["protocols"]);
    }

    [Fact]
    public async Task Health_Check_ServingForTheServerAndJinaRpc()
    {
        var client = new Health.HealthClient(fixture.Gateway.Channel);

        var server = await client.CheckAsync(new HealthCheckRequest());
        var jina = await client.CheckAsync(new HealthCheckRequest { Service = "jina.JinaRPC" });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, server.Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, jina.Status);
    }
}
