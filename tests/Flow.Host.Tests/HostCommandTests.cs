namespace Flow.Host.Tests;

public sealed class HostCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "flow-host-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public HostCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private int Run(params string[] args) => Program.Run(args, TextReader.Null, _stdout, _stderr);

    [Fact]
    public void Host_MissingConfig_UsageAndExitsTwo()
    {
        Assert.Equal(2, Run("host"));
        Assert.StartsWith("flow host: missing --config <node.conf>\n", _stderr.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Host_ConfigWithoutRemoting_ErrorAndExitsOne()
    {
        var file = Path.Combine(_dir, "local.conf");
        File.WriteAllText(file, "flow.actor.provider = local");
        Assert.Equal(1, Run("host", "--config", file));
        Assert.Equal($"flow host: {file} does not enable remoting (set flow.actor.provider = remote)\n", _stderr.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, _stdout.ToString());
    }

    [Fact]
    public void Host_StdinClosed_PrintsReadyWithLoopbackAddressThenStopped()
    {
        var file = Path.Combine(_dir, "node.conf");
        File.WriteAllText(file, "flow { actor.provider = remote, remote { hostname = \"127.0.0.3\", port = 0 } }");
        Assert.Equal(0, Run("host", "--config", file, "--name", "node", "--stop-on-stdin-close"));
        var lines = _stdout.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("READY flow.tcp://node@127.0.0.3:", lines[0], StringComparison.Ordinal);
        Assert.Equal("STOPPED", lines[1]);
    }
}
