using Flow.Gateway.Tests.Support;

namespace Flow.Gateway.Tests.RealClients;

public sealed class NodeClientTests(FlowRunFixture fixture) : IClassFixture<FlowRunFixture>
{
    [Fact]
    public async Task NodeGrpcJs_Streams100RequestsOverJinaRpcCall_EveryResponseChecked()
    {
        await NodeClient.EnsureInstalledAsync();

        var result = await ExternalProcess.RunAsync(
            "node", [Path.Combine(RepoPaths.NodeClient, "jina-client.js"), fixture.Process.Grpc, RepoPaths.Protos, "100"], TimeSpan.FromSeconds(90), RepoPaths.NodeClient);

        Assert.True(result.ExitCode == 0, $"node exited {result.ExitCode}: {result.Stderr}");
        Assert.Equal("node-client: 100 responses checked (95 ok, 5 errors)\n", result.Stdout);
    }
}
