using Flow.Hocon;
using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Settings;

public sealed class DeploymentSpec
{
    [Fact]
    public async Task ActorOf_PathDeployedAsPool_CreatesRouterWithConfiguredRoutees()
    {
        var config = Config.ParseString("""
            flow.actor.deployment {
              "/user/workers" { router = round-robin-pool, nr-of-instances = 3 }
            }
            """);
        await using var system = ActorSystem.Create("deployed", config);
        var workers = system.ActorOf(Props.Create<Actor.EchoActor>(), "workers");
        var routees = await workers.Ask<Routees>(GetRoutees.Instance, TimeSpan.FromSeconds(5));
        Assert.Equal(3, routees.Members.Count);
        Assert.Equal("hello", await workers.Ask<string>("hello", TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void FromConfig_ResizerAndGroupPaths_AreRead()
    {
        var config = Config.ParseString("""
            flow.actor.deployment {
              "/user/pool" { router = random-pool, nr-of-instances = 2, resizer { enabled = on, upper-bound = 7 } }
              "/user/group" { router = broadcast-group, routees.paths = ["/user/a", "/user/b"] }
              "/user/plain" { nr-of-instances = 4 }
            }
            """);
        var settings = ActorSystemSettings.FromConfig(config);
        var pool = Assert.IsType<RandomPool>(settings.Deployments["/user/pool"]);
        Assert.Equal(2, pool.NrOfInstances);
        Assert.NotNull(pool.Resizer);
        var group = Assert.IsType<BroadcastGroup>(settings.Deployments["/user/group"]);
        Assert.Equal(["/user/a", "/user/b"], group.Paths);
        Assert.False(settings.Deployments.ContainsKey("/user/plain"));
    }

    [Fact]
    public void FromConfig_UnknownRouter_ThrowsNamingTheDeployment()
    {
        var config = Config.ParseString("""flow.actor.deployment { "/user/x" { router = round-robbin-pool } }""");
        var error = Assert.ThrowsAny<ConfigException>(() => ActorSystemSettings.FromConfig(config));
        Assert.Contains("/user/x", error.Message);
        Assert.Contains("round-robbin-pool", error.Message);
    }
}
