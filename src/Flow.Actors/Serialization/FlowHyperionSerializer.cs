using Akka.Actor;
using Akka.Configuration;
using Akka.Serialization;

namespace Flow.Actors.Serialization;

/// <summary>
/// Akka's Hyperion serializer (same identifier and format) that writes and reads only the types listed in
/// <c>akka.actor.serialization-settings.hyperion.allowed-types</c> (see <see cref="FlowSerialization"/>), never unsafe
/// types, and nothing at all when the list is empty. Bound as <c>hyperion</c> in Flow's configuration.
/// </summary>
public sealed class FlowHyperionSerializer : HyperionSerializer
{
    /// <summary>Creates the serializer from the <c>hyperion</c> serialization settings.</summary>
    /// <param name="system">The ActorSystem.</param>
    /// <param name="config">The <c>akka.actor.serialization-settings.hyperion</c> settings.</param>
    /// <exception cref="ConfigurationException">An allowed type cannot be loaded.</exception>
    public FlowHyperionSerializer(ExtendedActorSystem system, Config config)
        : base(system, AllowListSettings(config))
    {
    }

    private static HyperionSerializerSettings AllowListSettings(Config config)
    {
        var types = new List<Type>();
        foreach (var name in config.GetStringList("allowed-types", []))
        {
            types.Add(Type.GetType(name) ?? throw new ConfigurationException($"The allowed Hyperion type '{name}' cannot be loaded (akka.actor.serialization-settings.hyperion.allowed-types)."));
        }

        return HyperionSerializerSettings.Create(config).WithDisallowUnsafeType(true).WithTypeFilter(new AllowedTypesFilter(types));
    }
}
