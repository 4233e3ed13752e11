using System.Reflection;
using Flow.Hocon;

namespace Flow.Actors.Configuration;

/// <summary>
/// Akka.NET's own reference settings (every <c>.conf</c> resource embedded in the Akka assemblies Flow runs on, as a
/// test checks), read by Flow's HOCON parser, each resource resolved on its own, the later layered over the earlier.
/// Loaded once.
/// </summary>
/// <remarks>
/// Each resource is resolved alone, not together with Flow's and the node's layers, because that is what Akka does:
/// Akka.NET's parser binds every <c>${path}</c> of a document to that document's own node when it parses it, before the
/// document is merged with anything. So <c>akka.cluster.sharded-daemon-process.sharding = ${akka.cluster.sharding}</c>
/// is Akka's sharding defaults whatever a node sets under <c>akka.cluster.sharding</c>, as are
/// <c>akka.remote.dot-netty.udp = ${akka.remote.dot-netty.tcp}</c>,
/// <c>akka.cluster.singleton-proxy.singleton-name</c> and <c>akka.reliable-delivery.work-pulling.producer-controller</c>.
/// Resolving them with the node's layers would give the ActorSystem values Akka itself never derives from the same
/// files. Akka's parser has no environment fallback and no class path, so neither is used here. Where Akka's parser
/// strays from HOCON, Flow's reading is HOCON's: <c>udp = ${...tcp}</c> followed by <c>udp { transport-protocol = udp }</c>
/// merges both (Akka's parser keeps only the object), so <c>akka.remote.dot-netty.udp</c> and
/// <c>akka.reliable-delivery.work-pulling.producer-controller</c> carry the keys their substitution names; Flow uses
/// neither, and the ActorSystem reads Flow's tree, which holds every key of Akka's own reading (AkkaReferenceConfigTests).
/// </remarks>
internal static class AkkaReferenceConfig
{
    private static readonly (string Assembly, string Resource)[] Resources =
    [
        ("Akka", "Akka.Configuration.akka.conf"),
        ("Akka.Remote", "Akka.Remote.Configuration.Remote.conf"),
        ("Akka.Cluster", "Akka.Cluster.Configuration.Cluster.conf"),
        ("Akka.Coordination", "Akka.Coordination.reference.conf"),
        ("Akka.Persistence", "Akka.Persistence.persistence.conf"),
        ("Akka.DistributedData", "Akka.DistributedData.reference.conf"),
        ("Akka.Cluster.Tools", "Akka.Cluster.Tools.Singleton.reference.conf"),
        ("Akka.Cluster.Tools", "Akka.Cluster.Tools.Client.reference.conf"),
        ("Akka.Cluster.Tools", "Akka.Cluster.Tools.PublishSubscribe.reference.conf"),
        ("Akka.Cluster.Sharding", "Akka.Cluster.Sharding.reference.conf"),
        ("Akka.Serialization.Hyperion", "Akka.Serialization.Hyperion.reference.conf"),
        ("Akka.Streams", "Akka.Streams.reference.conf"),
        ("Akka.Discovery", "Akka.Discovery.Resources.reference.conf"),
    ];

    private static readonly ConfigLoadOptions AsAkkaReadsThem = new()
    {
        Environment = static _ => null,
        Classpath = ConfigClasspath.None,
    };

    private static readonly Lazy<Config> Loaded = new(Load);

    /// <summary>Every Akka reference setting, resolved.</summary>
    public static Config Value => Loaded.Value;

    /// <summary>The resources read, as <c>assembly/resource</c> (for messages and tests).</summary>
    public static IEnumerable<string> Names => Resources.Select(r => r.Assembly + "/" + r.Resource);

    private static Config Load()
    {
        var config = Config.Empty;
        foreach (var (assemblyName, resource) in Resources)
        {
            var layer = Config.Load([ConfigSource.FromResource(Assembly.Load(assemblyName), resource)], AsAkkaReadsThem);
            config = layer.WithFallback(config);
        }

        return config;
    }
}
