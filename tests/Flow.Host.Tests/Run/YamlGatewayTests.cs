using System.Text.Json.Nodes;
using Flow.Core.Flows;
using Flow.Host.Run;

namespace Flow.Host.Tests.Run;

public sealed class YamlGatewayTests
{
    private static YamlGateway Read(string json) => YamlGateway.Read(JsonNode.Parse(json)!.AsObject(), "flow.yml");

    [Fact]
    public void Read_NoFrontDoorKeys_NamesNoDoors()
    {
        Assert.Equal(new YamlGateway(false, null, null, null, null), Read("""{"name": "f", "workspace": "ws"}"""));
    }

    [Theory]
    [InlineData("""{"port": 12345}""", 12345, null)]
    [InlineData("""{"port_expose": 12345}""", 12345, null)]
    [InlineData("""{"port_expose": 12345, "restful": true}""", null, 12345)]
    [InlineData("""{"port": "12345", "protocol": "GRPC"}""", 12345, null)]
    [InlineData("""{"protocol": "http", "port": 8081}""", null, 8081)]
    [InlineData("""{"protocol": "http"}""", null, 8080)]
    [InlineData("""{"protocol": ["http", "grpc"], "port": [8081, 12345]}""", 12345, 8081)]
    [InlineData("""{"protocol": ["grpc", "http"]}""", 54321, 8080)]
    public void Read_ProtocolAndPort_ThoseDoorsOnlyAsJina(string json, int? grpc, int? http)
    {
        var gateway = Read(json);

        Assert.True(gateway.NamesDoors);
        Assert.Equal((grpc, http), (gateway.GrpcPort, gateway.HttpPort));
    }

    [Fact]
    public void Read_HostAndPrefetch_Read()
    {
        Assert.Equal(new YamlGateway(false, null, null, "0.0.0.0", 5), Read("""{"host": "0.0.0.0", "prefetch": 5}"""));
    }

    [Theory]
    [InlineData("""{"protocol": "websocket"}""", "flow.yml: with.protocol: 'websocket' is not served by Flow (grpc and http are).")]
    [InlineData("""{"protocol": ["grpc", "grpc"]}""", "flow.yml: with.protocol: a protocol is listed twice.")]
    [InlineData("""{"protocol": 7}""", "flow.yml: with.protocol: expected a protocol name or a list of them.")]
    [InlineData("""{"protocol": ["grpc", "http"], "port": 12345}""", "flow.yml: with.port: 1 port(s) for 2 protocol(s); give one port per protocol.")]
    [InlineData("""{"port": 70000}""", "flow.yml: with.port: expected a whole number from 0 to 65535, got 70000.")]
    [InlineData("""{"port": "seven"}""", "flow.yml: with.port: expected a whole number from 0 to 65535, got \"seven\".")]
    [InlineData("""{"port": []}""", "flow.yml: with.port: expected a port number or a list of them.")]
    [InlineData("""{"prefetch": 0}""", "flow.yml: with.prefetch: expected a whole number from 1 to 2147483647, got 0.")]
    [InlineData("""{"host": 1}""", "flow.yml: with.host: expected an address.")]
    public void Read_BadValue_NamesFileAndKey(string json, string message)
    {
        var e = Assert.Throws<FlowValidationException>(() => Read(json));

        Assert.Equal(message, e.Message);
    }
}
