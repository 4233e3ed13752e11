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
