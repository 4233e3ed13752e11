using Flow.Gateway.Hosting;
using Flow.Hocon;

namespace Flow.Gateway.Tests.ServerOptions;

public sealed class ServerOptionsTests
{
    [Fact]
    public void FromConfig_PortsAndLimits_Read()
    {
        var config = Config.ParseString("flow.gateway { host = \"127.0.0.2\", grpc.port = 0, http.port = 8081, prefetch = 10, max-request-bytes = 4096 }");

        var options = FlowGatewayServerOptions.FromConfig(config)!;

        Assert.Equal(("127.0.0.2", 0, 8081, 10, 4096), (options.Host, options.GrpcPort, options.HttpPort, options.Gateway.Prefetch, options.Gateway.MaxRequestBytes));
    }

    [Fact]
    public void FromConfig_OnlyGrpc_HttpOffAndDefaults()
    {
        var options = FlowGatewayServerOptions.FromConfig(Config.ParseString("flow.gateway.grpc.port = 54321"))!;

        Assert.Equal(("127.0.0.1", 54321, (int?)null, 1000), (options.Host, options.GrpcPort, options.HttpPort, options.Gateway.Prefetch));
    }

    [Fact]
    public void FromConfig_NoGatewayPorts_Null()
    {
        Assert.Null(FlowGatewayServerOptions.FromConfig(Config.ParseString("flow.loglevel = INFO")));
    }

    [Fact]
    public void FromConfig_FlowsReference_NoDoorsUntilAPortIsSet_ThenItsDefaults()
    {
        Assert.Null(FlowGatewayServerOptions.FromConfig(Flow.Actors.Configuration.FlowConfig.Reference));

        var options = FlowGatewayServerOptions.FromConfig(Flow.Actors.Configuration.FlowConfig.ParseString("flow.gateway.http.port = 0"))!;

        Assert.Equal(("127.0.0.1", (int?)null, (int?)0, 1000, 64 * 1024 * 1024), (options.Host, options.GrpcPort, options.HttpPort, options.Gateway.Prefetch, options.Gateway.MaxRequestBytes));
    }
}
