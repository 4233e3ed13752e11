using Flow.Actors.Configuration;
using Flow.Hocon;
using AkkaFactory = Akka.Configuration.ConfigurationFactory;

namespace Flow.Actors.Tests.Configuration;

/// <summary><c>hocon/reference.conf</c>: every <c>flow.*</c> key is read by <see cref="FlowSettings"/> and every Akka key changes or pins a default.</summary>
public sealed class FlowReferenceTests
{
    private static readonly ConfigLoadOptions NoEnvironment = new() { Environment = _ => null };

    [Fact]
    public void FlowSettings_ReadsEveryFlowKeyOfTheReference_AndNoOther()
    {
        var read = new List<string>();
        FlowSettings.From(new RecordingConfig(FlowConfig.ToAkka(FlowConfig.Reference), read));

        // The front doors' settings are read by Flow.Gateway (FlowGatewayServerOptions.FromConfig).
        string[] frontDoors = ["flow.gateway.host", "flow.gateway.max-request-bytes", "flow.gateway.prefetch"];
        var declared = Leaves(FlowConfig.Reference.GetConfig("flow").Root, "flow").Except(frontDoors).Order(StringComparer.Ordinal);
        Assert.Equal(declared, read.Where(p => p.StartsWith("flow.", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FlowSettings_EveryKeySetInANodeFile_ReachesItsSetting()
    {
        var config = FlowConfig.ParseString("""
            flow.gateway { default-timeout = 7s, cache-entity-refs = off }
            flow.executor { retries = 2, start-timeout = 9s, readiness-timeout = 3s, max-replicas-per-node = 1 }
            flow.shutdown { drain-timeout = infinite, close-timeout = 12s }
            akka.remote.dot-netty.tcp.maximum-frame-size = 4MiB
            """, "node.conf", NoEnvironment);

        var expected = new FlowSettings
        {
            DefaultTimeout = TimeSpan.FromSeconds(7),
            CacheEntityRefs = false,
            Retries = 2,
            StartTimeout = TimeSpan.FromSeconds(9),
            ReadinessTimeout = TimeSpan.FromSeconds(3),
            MaxReplicasPerNode = 1,
            DrainTimeout = Timeout.InfiniteTimeSpan,
            CloseTimeout = TimeSpan.FromSeconds(12),
            MaximumMessageSize = (4 * 1024 * 1024) - FlowSettings.EnvelopeHeadroom,
        };
        Assert.Equal(expected, FlowSettings.From(FlowConfig.ToAkka(config)));
    }

    [Fact]
    public void FlowSettings_Defaults_AreTheReferencesAndTheRecordsDefaults()
    {
        Assert.Equal(new FlowSettings(), FlowSettings.From(FlowConfig.ToAkka(FlowConfig.Reference)));
        Assert.Equal(new FlowSettings(), FlowSettings.From(AkkaFactory.Empty));
    }

    [Fact]
    public void Reference_EveryAkkaSetting_ChangesAkkasDefaultOrIsPinned()
    {
        string[] pinned =
        [
            "akka.stdout-loglevel",
            "akka.actor.serialization-settings.hyperion.disallow-unsafe-type",
            "akka.cluster.sharding.remember-entities-store",
            "akka.cluster.split-brain-resolver.active-strategy",
        ];
        var flowReference = Config.Load([ConfigSource.FromResource(typeof(FlowConfig).Assembly, "Flow.Actors.reference.conf")], NoEnvironment);
        var akka = AkkaReferenceConfig.Value;
        var unchanged = Leaves(flowReference.GetConfig("akka").Root, "akka")
            .Where(path => akka.HasPath(path) && Equivalent(akka.GetValue(path), flowReference.GetValue(path)))
            .Order(StringComparer.Ordinal);
        Assert.Equal(pinned.Order(StringComparer.Ordinal), unchanged);
    }

    [Fact]
    public void Reference_ShutdownPhases_OutlastTheDrainAndCloseTimeouts()
    {
        var settings = FlowSettings.From(FlowConfig.ToAkka(FlowConfig.Reference));
        var reference = FlowConfig.Reference;
        Assert.Equal(settings.DrainTimeout + TimeSpan.FromSeconds(5), reference.GetTimeSpan("akka.coordinated-shutdown.phases.service-requests-done.timeout"));
        Assert.Equal(settings.CloseTimeout + TimeSpan.FromSeconds(5), reference.GetTimeSpan("akka.coordinated-shutdown.phases.service-stop.timeout"));
        Assert.Equal(TimeSpan.FromSeconds(5), reference.GetTimeSpan("akka.coordinated-shutdown.default-phase-timeout"));
        Assert.Equal(["service-unbind"], reference.GetStringList("akka.coordinated-shutdown.phases.service-requests-done.depends-on"));
    }

    private static bool Equivalent(ConfigValue a, ConfigValue b) => a.ToJson(indented: false) == b.ToJson(indented: false)
        || (a is ConfigScalar x && b is ConfigScalar y && (x.Text == y.Text || (IsBoolean(x, out var p) && IsBoolean(y, out var q) && p == q)));

    private static bool IsBoolean(ConfigScalar value, out bool result)
    {
        result = value.Text is "true" or "on" or "yes";
        return value.Text is "true" or "on" or "yes" or "false" or "off" or "no";
    }

    /// <summary>The paths of the non-object values under <paramref name="obj"/> (empty objects included), quoted as needed.</summary>
    private static List<string> Leaves(ConfigObject obj, string prefix)
    {
        var leaves = new List<string>();
        foreach (var (key, value) in obj.AsEnumerable())
        {
            var path = prefix + "." + Config.JoinPath(key);
            if (value is ConfigObject { Count: > 0 } child)
            {
                leaves.AddRange(Leaves(child, path));
            }
            else
            {
                leaves.Add(path);
            }
        }

        return leaves;
    }
}
