using Flow.Hocon;

namespace Flow.Hocon.Tests;

public sealed class ReferenceConfTests
{
    [Fact]
    public void Reference_Loads_DeclaredDefaults()
    {
        var config = ConfigurationFactory.Default();
        Assert.Same(Config.Reference, config);
        Assert.Equal("INFO", config.GetString("flow.loglevel"));
        Assert.Equal(30, config.GetInt("flow.actor.default-dispatcher.throughput"));
        Assert.Equal("unbounded", config.GetString("flow.actor.default-mailbox.type"));
        Assert.Equal(1000, config.GetInt("flow.actor.default-mailbox.capacity"));
        Assert.Equal("dead-letters", config.GetString("flow.actor.default-mailbox.overflow"));
        Assert.Equal(TimeSpan.FromSeconds(10), config.GetTimeSpan("flow.actor.default-mailbox.push-timeout"));
        Assert.Equal(TimeSpan.FromSeconds(30), config.GetTimeSpan("flow.actor.ask-timeout"));
        Assert.True(config.GetObject("flow.actor.deployment").Count == 0);
    }

    [Fact]
    public void Reference_RouterDefaults_Declared()
    {
        var router = Config.Reference.GetConfig("flow.actor.default-router-settings");
        Assert.Equal("from-code", router.GetString("router"));
        Assert.Equal(1, router.GetInt("nr-of-instances"));
        Assert.Equal(10, router.GetInt("virtual-nodes-factor"));
        Assert.Equal(TimeSpan.FromSeconds(5), router.GetTimeSpan("within"));
        Assert.Equal(TimeSpan.FromMilliseconds(10), router.GetTimeSpan("tail-chopping-router.interval"));
        Assert.False(router.GetBoolean("resizer.enabled"));
        Assert.Equal(1, router.GetInt("resizer.lower-bound"));
        Assert.Equal(10, router.GetInt("resizer.upper-bound"));
        Assert.Equal(1, router.GetInt("resizer.pressure-threshold"));
        Assert.Equal(0.2, router.GetDouble("resizer.rampup-rate"));
        Assert.Equal(0.3, router.GetDouble("resizer.backoff-threshold"));
        Assert.Equal(0.1, router.GetDouble("resizer.backoff-rate"));
        Assert.Equal(10, router.GetInt("resizer.messages-per-resize"));
    }

    [Fact]
    public void Reference_CoordinatedShutdown_PhasesChainToTerminate()
    {
        var shutdown = Config.Reference.GetConfig("flow.coordinated-shutdown");
        Assert.Equal(TimeSpan.FromSeconds(5), shutdown.GetTimeSpan("default-phase-timeout"));
        var phases = shutdown.GetObject("phases");
        Assert.Equal(
            ["before-service-unbind", "service-unbind", "service-requests-done", "service-stop", "before-cluster-shutdown",
             "cluster-sharding-shutdown-region", "cluster-leave", "cluster-exiting", "cluster-exiting-done", "cluster-shutdown",
             "before-actor-system-terminate", "actor-system-terminate"],
            phases.Keys);
        Assert.Equal(["before-service-unbind"], shutdown.GetStringList("phases.service-unbind.depends-on"));
        Assert.Equal(["before-actor-system-terminate"], shutdown.GetStringList("phases.actor-system-terminate.depends-on"));
    }

    [Fact]
    public void Load_NodeConfig_OverridesReferenceAndResolvesIntoIt()
    {
        var config = ConfigurationFactory.ParseString("flow.actor.default-dispatcher.throughput = 5\nmy.timeout = ${flow.actor.ask-timeout}");
        Assert.Equal(5, config.GetInt("flow.actor.default-dispatcher.throughput"));
        Assert.Equal(TimeSpan.FromSeconds(30), config.GetTimeSpan("my.timeout"));
        Assert.Equal("INFO", config.GetString("flow.loglevel"));
    }

    [Theory]
    [InlineData("seed.conf", 20, 1000)]
    [InlineData("host.conf", 100, 10000)]
    public void Examples_ParseOverReference(string name, int throughput, int capacity)
    {
        var path = Path.Combine(RepositoryRoot(), "hocon", name);
        var config = ConfigurationFactory.Load(path);
        Assert.Equal(throughput, config.GetInt("flow.actor.default-dispatcher.throughput"));
        Assert.Equal(TimeSpan.FromSeconds(30), Config.Reference.GetTimeSpan("flow.actor.ask-timeout"));
        Assert.Equal("round-robin-pool", config.GetString("flow.actor.deployment.\"/user/" + (name == "seed.conf" ? "coordinators" : "workers") + "\".router"));
        Assert.Equal(capacity, config.GetInt("flow.actor.default-mailbox.capacity"));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Actors.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Actors.sln not found above the test directory.");
    }
}
