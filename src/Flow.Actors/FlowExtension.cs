using System.Collections.Concurrent;
using Akka.Actor;
using Flow.Core.Executors;

namespace Flow.Actors;

/// <summary>
/// Flow's per-ActorSystem services: the executor registry each running Flow resolves <c>uses</c> names with (a replica
/// deployed on this node looks its Flow up here), and Flow's settings read from the system's configuration.
/// </summary>
public sealed class FlowExtension : IExtension
{
    private readonly ConcurrentDictionary<string, ExecutorRegistry> _registries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Hosting.FlowHost> _flows = new(StringComparer.Ordinal);

    private readonly Lazy<IActorRef> _status;

    internal FlowExtension(ExtendedActorSystem system)
    {
        Settings = FlowSettings.From(system.Settings.Config);
        _status = new Lazy<IActorRef>(() =>
        {
            var service = system.ActorOf(Status.FlowStatusActor.Props(), Status.FlowStatusActor.Name);
            Akka.Cluster.Tools.Client.ClusterClientReceptionist.Get(system).RegisterService(service);
            return service;
        });
    }

    /// <summary>Starts this node's status service (<c>/user/flow-status</c>, what <c>flow status</c> asks) once; later calls return it.</summary>
    internal IActorRef StartStatusService() => _status.Value;

    /// <summary>Flow's settings (<c>flow.*</c> and the Akka settings Flow reads).</summary>
    public FlowSettings Settings { get; }

    /// <summary>The extension of <paramref name="system"/> (created on first use).</summary>
    public static FlowExtension Get(ActorSystem system) => system.WithExtension<FlowExtension, FlowExtensionProvider>();

    /// <summary>Sets the registry executors of Flow <paramref name="flow"/> are resolved with on this node.</summary>
    public void UseRegistry(string flow, ExecutorRegistry registry) => _registries[flow] = registry;

    /// <summary>The Flows running on this ActorSystem, by name.</summary>
    public IReadOnlyCollection<string> Flows => [.. _flows.Keys];

    /// <summary>The Flow named <paramref name="name"/> running on this ActorSystem, or null.</summary>
    public Hosting.FlowHost? Flow(string name) => _flows.TryGetValue(name, out var host) ? host : null;

    internal void Started(Hosting.FlowHost host) => _flows[host.Name] = host;

    internal void Stopped(Hosting.FlowHost host) => _flows.TryRemove(new KeyValuePair<string, Hosting.FlowHost>(host.Name, host));

    /// <summary>The registry of Flow <paramref name="flow"/> on this node, or <see cref="ExecutorRegistry.Default"/>.</summary>
    public ExecutorRegistry RegistryFor(string flow) => _registries.TryGetValue(flow, out var r) ? r : ExecutorRegistry.Default;
}
