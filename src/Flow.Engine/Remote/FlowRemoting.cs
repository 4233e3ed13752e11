using Flow.Actors.Remote;
using Flow.Core.Executors;
using Flow.Core.Protos;

namespace Flow.Engine.Remote;

/// <summary>
/// Makes an actor system ready to run a Flow across nodes: the engine's messages join the wire allow-list and the
/// executor region becomes deployable, so a gateway on another node can place executors here
/// (<see cref="Hosting.FlowHostOptions.Placement"/>). Call it on every node's <see cref="RemoteSettings"/> before
/// creating the system.
/// </summary>
public static class FlowRemoting
{
    /// <summary>The remote-deployment key of an executor region.</summary>
    public const string RegionKey = "flow.executor-region";

    /// <summary>
    /// Registers the engine's remote messages in <paramref name="settings"/>' serialization registry and the executor
    /// region in its deployables; executors deployed here are resolved by their <c>uses</c> name in
    /// <paramref name="registry"/> (<see cref="ExecutorRegistry.Default"/> when null: registered types, then loaded assemblies).
    /// </summary>
    /// <returns><paramref name="settings"/>, for chaining.</returns>
    /// <exception cref="ArgumentException">The settings were enabled already (the ids or the key are taken).</exception>
    public static RemoteSettings Enable(RemoteSettings settings, ExecutorRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var executors = registry ?? ExecutorRegistry.Default;
        EngineWire.Register(settings.Serialization);
        settings.Deployables.Register(RegionKey, argument => RemoteRegion.Props(
            argument as RegionSpecProto ?? throw new ArgumentException($"'{RegionKey}' needs a {nameof(RegionSpecProto)} argument."), executors));
        return settings;
    }
}
