using Flow.Seed;

namespace Flow.Host.Tests;

public sealed class SeedCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("flow-seed-").FullName;

    [Fact]
    public void Run_ClusterConfig_PrintsReadyWithTheBoundAddressThenStoppedAndExitsZero()
    {
        // No seed nodes: the seed joins itself (the first node of its cluster).
        var config = Write("seed.conf", "akka { remote.dot-netty.tcp { hostname = \"127.0.0.4\", port = 0 }, cluster.seed-nodes = [] }");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        // Empty standard input: the seed stops as soon as it is up (--stop-on-stdin-close).
        var code = SeedCommand.Run(["--config", config, "--name", "seed", "--stop-on-stdin-close"], new StringReader(string.Empty), stdout, stderr);

        Assert.Equal(0, code);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("READY akka.tcp://seed@127.0.0.4:", lines[0]);
        Assert.NotEqual("READY akka.tcp://seed@127.0.0.4:0", lines[0]);
        Assert.Equal("STOPPED", lines[1]);
        Assert.Equal(string.Empty, stderr.ToString());
    }

    [Fact]
    public void Run_NotAClusterMember_ExitsOneNamingTheSetting()
    {
        var config = Write("local.conf", "akka.actor.provider = local");
        var stderr = new StringWriter();
        Assert.Equal(1, SeedCommand.Run(["--config", config], TextReader.Null, new StringWriter(), stderr));
        Assert.Equal($"flow-seed: {config} sets akka.actor.provider to 'local': a seed is a cluster member (cluster)\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_MalformedConfig_ExitsOneWithTheParsersMessageUnchanged()
    {
        var config = Write("bad.conf", "akka {\n  actor.provider = \n");
        var stderr = new StringWriter();
        Assert.Equal(1, SeedCommand.Run(["--config", config], TextReader.Null, new StringWriter(), stderr));
        var error = Assert.Throws<Flow.Hocon.ConfigParseException>(() => Flow.Actors.Configuration.FlowConfig.LoadFile(config));
        Assert.Equal(config + ":3:1: expected a value for the key 'actor.provider', found end of input", error.Message);
        Assert.Equal($"flow-seed: {error.Message}\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--config")]
    [InlineData("--port 1")]
    public void Run_BadArguments_ExitsTwoWithUsage(string line)
    {
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stderr = new StringWriter();
        Assert.Equal(2, SeedCommand.Run(args, TextReader.Null, new StringWriter(), stderr));
        Assert.StartsWith("flow-seed: ", stderr.ToString());
        Assert.Contains("--config <node.conf> (REQUIRED)", stderr.ToString());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
