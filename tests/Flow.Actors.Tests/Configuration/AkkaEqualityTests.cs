using Akka.Actor;
using Akka.Cluster.Sharding;
using Flow.Actors.Configuration;
using Flow.Hocon;
using AkkaConfig = Akka.Configuration.Config;

namespace Flow.Actors.Tests.Configuration;

/// <summary>
/// What an ActorSystem reads (<c>system.Settings.Config</c>, after Akka's extensions injected their reference settings)
/// equals what Flow resolved, key by key (<see cref="AkkaTreeComparison"/>), for the repository's configurations and
/// for files using includes, <c>+=</c> and <c>${?ENV}</c> overrides (environment injected, the process's untouched).
/// Cluster nodes bind 127.0.0.x, port 0, and join nothing.
/// </summary>
public sealed class AkkaEqualityTests : IDisposable
{
    private static readonly string Hocon = Path.Combine(AppContext.BaseDirectory, "hocon");
    private readonly string _dir = Directory.CreateTempSubdirectory("flow-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Reference_AkkaReadsWhatFlowResolved()
    {
        var config = FlowConfig.Load([ConfigSource.FromString("akka.remote.dot-netty.tcp { hostname = \"127.0.0.2\", port = 0 }")], Env());
        var akka = await AssertAkkaReadsTheSameAsync(config);
        Assert.Equal("ddata", akka.GetString("akka.cluster.sharding.state-store-mode"));
        Assert.Equal(16L * 1024 * 1024, akka.GetByteSize("akka.remote.dot-netty.tcp.maximum-frame-size"));
    }

    [Fact]
    public async Task SeedConf_WithEnvironmentOverrides_AkkaReadsWhatFlowResolved()
    {
        var config = FlowConfig.LoadFile(Path.Combine(Hocon, "seed.conf"), Env(("FLOW_PORT", "0"), ("FLOW_HOSTNAME", "127.0.0.3"), ("FLOW_LOGLEVEL", "ERROR")));
        var akka = await AssertAkkaReadsTheSameAsync(config);
        Assert.Equal("127.0.0.3", akka.GetString("akka.remote.dot-netty.tcp.hostname"));
        Assert.Equal(0, akka.GetInt("akka.remote.dot-netty.tcp.port", -1));
        Assert.Equal("ERROR", akka.GetString("akka.loglevel"));
        Assert.Equal(["seed"], akka.GetStringList("akka.cluster.roles"));
    }

    [Fact]
    public async Task HostConf_WithRolesAppendedFromTheEnvironment_AkkaReadsWhatFlowResolved()
    {
        var config = FlowConfig.LoadFile(Path.Combine(Hocon, "host.conf"), Env(("FLOW_ROLES", "index"), ("FLOW_HOSTNAME", "127.0.0.4")));
        var akka = await AssertAkkaReadsTheSameAsync(config);
        Assert.Equal(["host", "index"], akka.GetStringList("akka.cluster.roles"));
        Assert.Equal("WARNING", akka.GetString("akka.loglevel"));
        Assert.Equal(TimeSpan.FromMilliseconds(500), akka.GetTimeSpan("akka.cluster.failure-detector.heartbeat-interval"));
    }

    [Fact]
    public async Task EmbeddedConf_AkkaReadsWhatFlowResolved()
    {
        var akka = await AssertAkkaReadsTheSameAsync(FlowConfig.Embedded);
        Assert.Equal("127.0.0.1", akka.GetString("akka.remote.dot-netty.tcp.hostname"));
        Assert.Equal(TimeSpan.FromMilliseconds(100), akka.GetTimeSpan("akka.cluster.gossip-interval"));
    }

    [Fact]
    public async Task NodeFileWithIncludes_AkkaReadsWhatFlowResolved()
    {
        Write("parts/net.conf", "akka.remote.dot-netty.tcp { hostname = \"127.0.0.5\", port = 0 }");
        var roles = Write("parts/roles.conf", "akka.cluster.roles = [worker]");
        Write("parts/tuning.json", "{ \"akka\": { \"actor\": { \"default-dispatcher\": { \"throughput\": 7 } } } }");
        Write("parts/tuning.properties", "akka.actor.default-dispatcher.throughput=9\nakka.actor.ask-timeout=3s");
        var node = Write("node.conf", $$"""
            include "parts/net.conf"
            include required(file("{{roles.Replace("\\", "\\\\", StringComparison.Ordinal)}}"))
            include required("parts/tuning")
            include "parts/absent.conf"
            akka.cluster.roles += ${?FLOW_ROLES}
            akka.loglevel = ${?FLOW_LOGLEVEL}
            flow.shutdown.drain-timeout = 45s
            """);
        var config = FlowConfig.LoadFile(node, Env(("FLOW_ROLES", "gpu")));
        var akka = await AssertAkkaReadsTheSameAsync(config);
        Assert.Equal("127.0.0.5", akka.GetString("akka.remote.dot-netty.tcp.hostname"));
        Assert.Equal(["worker", "gpu"], akka.GetStringList("akka.cluster.roles"));
        Assert.Equal(7, akka.GetInt("akka.actor.default-dispatcher.throughput"));
        Assert.Equal(TimeSpan.FromSeconds(3), akka.GetTimeSpan("akka.actor.ask-timeout"));
        Assert.Equal("WARNING", akka.GetString("akka.loglevel"));
    }

    [Fact]
    public async Task ValuesOfEveryShape_AkkaReadsWhatFlowResolved()
    {
        var config = FlowConfig.ParseString("""
            akka.actor.provider = local
            shapes {
              "key.with.dots" = 1
              "quoted \"key\"" = x
              "" = empty-key
              null-value = null
              empty-string = ""
              empty-list = []
              empty-object {}
              nested-empties = [[], {}, [[]]]
              exponent = 1e3
              fraction = 0.25
              negative = -12
              largest-long = 9223372036854775807
              beyond-long = 9223372036854775808
              infinite = infinite
              size = 16MiB
              sizes = [1KiB, 10MB, 1G, 512]
              durations = [1.5s, 100 ms, 2 minutes, 3d]
              inner-spaces = "a  b"
              special = "tab\there, newline\nthere, unicode \u00e9, colon: brace { quote \" backslash \\ dollar $"
              hash = "#not a comment"
              address = "akka.tcp://flow@127.0.0.1:4053"
              on = on
              off = off
              true = true
              false = false
              objects-in-list = [{ a = 1 }, { b = [x, y] }]
              concatenated = foo bar ${shapes.negative}
              numeric-string = "42"
            }
            """, "shapes.conf", Env());
        var akka = await AssertAkkaReadsTheSameAsync(config);
        Assert.Equal("tab\there, newline\nthere, unicode \u00e9, colon: brace { quote \" backslash \\ dollar $", akka.GetString("shapes.special"));
        Assert.Equal(1000d, akka.GetDouble("shapes.exponent"));
        Assert.Null(akka.GetString("shapes.null-value"));
        Assert.Equal([], akka.GetStringList("shapes.empty-list"));
        Assert.Equal(1, akka.GetInt("shapes.\"key.with.dots\""));
    }

    [Fact]
    public void AkkaLayers_ResolvedPerDocument_AsAkkaResolvesThem()
    {
        // Akka binds ${akka.cluster.sharding} inside its sharding reference to that document's own node: the
        // sharded-daemon-process copy keeps Akka's defaults whatever the node sets. Flow gives Akka the same values.
        var node = "akka.cluster.sharding.state-store-mode = ddata\nakka.remote.dot-netty.tcp.maximum-frame-size = 16MiB";
        var flow = FlowConfig.ParseString(node, "node.conf", Env());
        var akkaOwn = Akka.Configuration.ConfigurationFactory.ParseString(node).WithFallback(ClusterSharding.DefaultConfig());

        Assert.Equal("ddata", flow.GetString("akka.cluster.sharding.state-store-mode"));
        Assert.Equal("persistence", akkaOwn.GetString("akka.cluster.sharded-daemon-process.sharding.state-store-mode"));
        Assert.Equal("persistence", flow.GetString("akka.cluster.sharded-daemon-process.sharding.state-store-mode"));

        // Likewise dot-netty.udp copies Akka's tcp defaults (128000b), not the node's tcp settings.
        Assert.Equal(16L * 1024 * 1024, flow.GetByteSize("akka.remote.dot-netty.tcp.maximum-frame-size"));
        Assert.Equal(128000L, flow.GetByteSize("akka.remote.dot-netty.udp.maximum-frame-size"));
    }

    private static ConfigLoadOptions Env(params (string Name, string Value)[] variables) => new()
    {
        Environment = name => variables.FirstOrDefault(v => v.Name == name).Value,
    };

    /// <summary>Creates an ActorSystem from the converted tree, starts the extensions that inject reference settings, and compares.</summary>
    private static async Task<AkkaConfig> AssertAkkaReadsTheSameAsync(Config flow)
    {
        var system = ActorSystem.Create("equality", FlowConfig.ToAkka(flow));
        try
        {
            var problems = AkkaTreeComparison.CompareOnRunningNode(flow, system);
            var akka = system.Settings.Config;
            Assert.True(problems.Count == 0, $"Akka reads {problems.Count} settings differently:\n" + string.Join("\n", problems));
            return akka;
        }
        finally
        {
            await system.Terminate();
        }
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
