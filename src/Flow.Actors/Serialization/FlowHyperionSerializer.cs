using Akka.Actor;
using Akka.Configuration;
using Akka.Serialization;

namespace Flow.Actors.Serialization;

/// <summary>
/// Akka's Hyperion serializer (same identifier and format) that writes and reads only the types listed in
/// <c>akka.actor.serialization-settings.hyperion.allowed-types</c> (see <see cref="FlowSerialization"/>), never unsafe
/// types, and nothing at all when the list is empty. Bound as <c>hyperion</c> in Flow's configuration. The allow-list is
/// checked when the ActorSystem starts; Hyperion itself (tens of milliseconds to build) only when a user type is first
/// written or read, so a system that never sends one never pays for it.
/// </summary>
public sealed class FlowHyperionSerializer : Serializer
{
    private readonly Lazy<HyperionSerializer> _hyperion;

    /// <summary>Creates the serializer from the <c>hyperion</c> serialization settings.</summary>
    /// <param name="system">The ActorSystem.</param>
    /// <param name="config">The <c>akka.actor.serialization-settings.hyperion</c> settings.</param>
    /// <exception cref="ConfigurationException">An allowed type cannot be loaded.</exception>
    public FlowHyperionSerializer(ExtendedActorSystem system, Config config)
        : base(system)
    {
        var settings = AllowListSettings(config);
        _hyperion = new Lazy<HyperionSerializer>(() => new HyperionSerializer(system, settings), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Akka's identifier of Hyperion (-5, fixed by <see cref="HyperionSerializer"/> itself).</summary>
    public override int Identifier => -5;

    /// <inheritdoc />
    public override bool IncludeManifest => false;

    /// <inheritdoc />
    public override byte[] ToBinary(object obj) => _hyperion.Value.ToBinary(obj);

    /// <inheritdoc />
    public override object FromBinary(byte[] bytes, Type type) => _hyperion.Value.FromBinary(bytes, type);

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
