using Flow.Gateway.Tests.Support;

namespace Flow.Gateway.Tests.RealClients;

public sealed class FlowRunCommandTests
{
    [Fact]
    public async Task Run_CtrlC_DrainsPrintsStoppedAndExitsZero()
    {
        using var process = await FlowRunProcess.StartAsync(TimeSpan.FromSeconds(60));
        Assert.StartsWith("127.0.0.1:", process.Grpc, StringComparison.Ordinal);
        Assert.StartsWith("127.0.0.1:", process.Http, StringComparison.Ordinal);

        var (exitCode, output) = await process.InterruptAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exitCode);
        Assert.Equal("STOPPED\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Run_FlowYamlWithProtocolAndPort_ServesThatDoorOnlyAsJina()
    {
        var port = FreePort();
        var yaml = FlowRunProcess.FlowYaml.Replace("jtype: Flow\n", $"jtype: Flow\nwith:\n  protocol: http\n  port: {port}\n", StringComparison.Ordinal);
        Assert.Contains("protocol: http", yaml, StringComparison.Ordinal);

        using var process = await FlowRunProcess.StartAsync(TimeSpan.FromSeconds(60), yaml, []);

        Assert.Equal(("off", $"127.0.0.1:{port}"), (process.Grpc, process.Http));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var response = await http.PostAsync("/post", new StringContent("""{"data": [{"text": "x"}], "exec_endpoint": "/upper"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"X\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (exitCode, _) = await process.InterruptAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Run_CommandLinePorts_WinOverTheFlowYaml()
    {
        var yaml = FlowRunProcess.FlowYaml.Replace("jtype: Flow\n", "jtype: Flow\nwith:\n  protocol: http\n  port: 1\n", StringComparison.Ordinal);

        using var process = await FlowRunProcess.StartAsync(TimeSpan.FromSeconds(60), yaml, ["--grpc-port", "0", "--http-port", "off"]);

        Assert.StartsWith("127.0.0.1:", process.Grpc, StringComparison.Ordinal);
        Assert.Equal("off", process.Http);
    }

    [Fact]
    public async Task Run_FlowYamlWebsocket_ExitsOneNamingTheKey()
    {
        var directory = Directory.CreateTempSubdirectory("flow-run-ws-");
        try
        {
            var yaml = Path.Combine(directory.FullName, "flow.yml");
            await File.WriteAllTextAsync(yaml, "jtype: Flow\nwith:\n  protocol: websocket\nexecutors:\n  - name: a\n");

            var result = await ExternalProcess.RunAsync("dotnet", [RepoPaths.FlowDll, "run", yaml], TimeSpan.FromSeconds(60));

            Assert.Equal(1, result.ExitCode);
            Assert.Equal($"flow run: {yaml}: with.protocol: 'websocket' is not served by Flow (grpc and http are).\n", result.Stderr.ReplaceLineEndings("\n"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Theory]
    [InlineData("--grpc-port", "seven", 2, "flow run: --grpc-port must be a port number (0 picks one) or off, got 'seven'")]
    [InlineData("--prefetch", "0", 2, "flow run: --prefetch must be at least 1, got 0")]
    public async Task Run_BadArgument_ExitsTwoNamingIt(string option, string value, int code, string message)
    {
        var result = await ExternalProcess.RunAsync("dotnet", [RepoPaths.FlowDll, "run", "flow.yml", option, value], TimeSpan.FromSeconds(60));

        Assert.Equal(code, result.ExitCode);
        Assert.StartsWith(message + "\n", result.Stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingFlowFile_ExitsOne()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-flow-" + Guid.NewGuid().ToString("N") + ".yml");

        var result = await ExternalProcess.RunAsync("dotnet", [RepoPaths.FlowDll, "run", missing, "--grpc-port", "0", "--http-port", "0"], TimeSpan.FromSeconds(60));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("flow run: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(missing, result.Stderr, StringComparison.Ordinal);
    }
}
