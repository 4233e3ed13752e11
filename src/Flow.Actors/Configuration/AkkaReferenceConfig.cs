using System.Reflection;
using Flow.Hocon;

namespace Flow.Actors.Configuration;

/// <summary>
/// Akka.NET's own reference settings (the <c>.conf</c> resources embedded in the Akka assemblies Flow runs on),
/// read by Flow's HOCON parser, each file resolved on its own as Akka resolves it, the later layered over the
/// earlier. Loaded once.
/// </summary>
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
    ];

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
            var assembly = Assembly.Load(assemblyName);
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Akka's reference settings '{resource}' are missing from {assemblyName} {assembly.GetName().Version}.");
            using var reader = new StreamReader(stream);
            var layer = Config.ParseString(reader.ReadToEnd(), assemblyName + "/" + resource);
            config = layer.WithFallback(config);
        }

        return config;
    }
}
