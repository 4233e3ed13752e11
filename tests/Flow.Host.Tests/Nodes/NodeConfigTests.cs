using Flow.Host.Nodes;

namespace Flow.Host.Tests.Nodes;

public sealed class NodeConfigTests
{
    private static readonly string HostConf = System.IO.Path.Combine(RepoRoot.Path, "hocon", "host.conf");

    [Fact]
    public void Load_HostConfWithSeedsFromEnvironment_KeepsTheFileRoles()
    {
        var config = NodeConfig.Load(new NodeOptions(HostConf, "flow", [], false), Env(("FLOW_SEEDS", "akka.tcp://flow@127.0.0.2:4053")));

        Assert.Equal(["host"], config.GetStringList("akka.cluster.roles"));
        Assert.Equal(["akka.tcp://flow@127.0.0.2:4053"], config.GetStringList("akka.cluster.seed-nodes"));
    }

    [Fact]
    public void Load_RolesOptionAndFlowRoles_AddedToTheFileRolesOnce()
    {
        var options = new NodeOptions(HostConf, "flow", ["index", "host", "gpu"], false);

        var config = NodeConfig.Load(options, Env(("FLOW_SEEDS", "akka.tcp://flow@127.0.0.2:4053, akka.tcp://flow@127.0.0.3:4053")));

        Assert.Equal(["host", "index", "gpu"], config.GetStringList("akka.cluster.roles"));
        Assert.Equal(["akka.tcp://flow@127.0.0.2:4053", "akka.tcp://flow@127.0.0.3:4053"], config.GetStringList("akka.cluster.seed-nodes"));
    }

    [Fact]
    public void Load_NoOverrides_TheFileOverFlowReference()
    {
        var config = NodeConfig.Load(new NodeOptions(HostConf, "flow", [], false), Env());

        Assert.Equal(["host"], config.GetStringList("akka.cluster.roles"));
        Assert.Equal(["akka.tcp://flow@127.0.0.1:4053"], config.GetStringList("akka.cluster.seed-nodes"));
        Assert.Equal("ddata", config.GetString("akka.cluster.sharding.state-store-mode"));
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
