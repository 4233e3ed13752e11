using Flow.Gateway.Hosting;
using Flow.Gateway.Target;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Flow.Gateway.Tests.Support;

/// <summary>The front doors mapped into an application on an in-memory TestServer, with a gRPC channel and an HTTP client on it.</summary>
public sealed class TestGateway : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestGateway(WebApplication app, TestServer server)
    {
        _app = app;
        Server = server;
        Channel = GrpcChannel.ForAddress(server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.CreateHandler(), MaxReceiveMessageSize = null });
        Http = server.CreateClient();
    }

    public TestServer Server { get; }

    public GrpcChannel Channel { get; }

    public HttpClient Http { get; }

    public static async Task<TestGateway> StartAsync(IFlowGatewayTarget target, FlowGatewayOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        builder.Services.AddFlowGateway(options);
        var app = builder.Build();
        app.MapFlowGateway(target);
        await app.StartAsync();
        return new TestGateway(app, app.GetTestServer());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Channel.Dispose();
        await _app.DisposeAsync();
    }
}
