using Flow.Actors.Configuration;
using Flow.Hocon;

namespace Flow.Actors.Tests.Configuration;

public sealed class FlowConfigTests : IDisposable
{
    private static readonly ConfigLoadOptions NoEnvironment = new() { Environment = _ => null };
    private readonly string _dir = Directory.CreateTempSubdirectory("flow-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LoadFile_ParseError_IsFileLineColumnAndWhatWasExpected()
    {
        var path = Path.Combine(_dir, "node.conf");
        File.WriteAllText(path, "akka {\n  loglevel = [DEBUG\n}");
        var error = Assert.Throws<ConfigParseException>(() => FlowConfig.LoadFile(path, NoEnvironment));
        Assert.Equal($"{path}:3:1: expected a list element or ']', found '}}'", error.Message);
    }

    [Fact]
    public void LoadEmbedded_ParseError_NamesTheLayer()
    {
        var error = Assert.Throws<ConfigParseException>(() => FlowConfig.LoadEmbedded([ConfigSource.FromString("a = }", "test")], NoEnvironment));
        Assert.Equal("test:1:5: expected a value for the key 'a', found '}'", error.Message);
    }

    [Fact]
    public void LoadEmbedded_LayersOverEmbeddedOverReference()
    {
        var config = FlowConfig.LoadEmbedded([ConfigSource.FromString("akka.cluster.gossip-interval = 200ms")], NoEnvironment);
        Assert.Equal("200ms", config.GetString("akka.cluster.gossip-interval"));
        Assert.Equal("100ms", config.GetString("akka.cluster.leader-actions-interval"));
        Assert.Equal("ddata", config.GetString("akka.cluster.sharding.state-store-mode"));
        Assert.Equal("Akka.Cluster.SBR.SplitBrainResolverProvider, Akka.Cluster", config.GetString("akka.cluster.downing-provider-class"));
        Assert.Equal(FlowConfig.Embedded.ToJson(), FlowConfig.LoadEmbedded([], NoEnvironment).ToJson());
    }

    [Fact]
    public void Load_NodeKeysFirstThenTheReferenceInItsOrder()
    {
        var config = FlowConfig.Load([ConfigSource.FromString("zzz = 1\nflow.executor.retries = 5")], NoEnvironment);
        Assert.Equal(["zzz", "flow", "akka"], config.Keys);
        Assert.Equal(["executor", "gateway", "shutdown"], config.GetObject("flow").Keys);
    }
}
