using System.Collections.Immutable;
using Akka.Actor;
using Akka.Cluster.Tools.Client;
using Akka.Cluster.Tools.PublishSubscribe;
using Flow.Actors.Gateway;
using Flow.Actors.Hosting;

namespace Flow.Actors.Client;

/// <summary>Clients for a Flow running elsewhere: from a cluster member, or from an outside application by actor messaging.</summary>
public sealed partial class FlowClient
{
    private static int s_clients;

    /// <summary>
    /// A client for the Flow <paramref name="flowName"/> from an application that is not a cluster member (its own
    /// ActorSystem with remoting and Flow's serializer, e.g. from <see cref="Serialization.FlowSerialization.ClientConfig"/>):
    /// Akka's cluster client reaches the receptionist of one of <paramref name="contacts"/> and, through it, finds one of
    /// the Flow's gateways, which then gets the requests directly. Completes once that gateway has answered. A request
    /// whose gateway is lost before it answers (its node left or died), or that a stopping gateway refused, is sent again
    /// to another gateway; so the cluster must be able to reach this system's address.
    /// </summary>
    /// <param name="system">The application's ActorSystem (<c>akka.actor.provider = remote</c>, Flow's serializer bound).</param>
    /// <param name="contacts">Addresses of cluster members, e.g. <c>akka.tcp://flow@127.0.0.2:4053</c>.</param>
    /// <param name="flowName">The Flow's name.</param>
    /// <param name="timeout">How long to wait for a gateway to answer (at connect, and when finding another after one is lost); null: 10 s.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">A contact is not an actor system address.</exception>
    /// <exception cref="TimeoutException">No gateway of the Flow answered through the contacts (the message names them and the Flow).</exception>
    public static async Task<FlowClient> ConnectAsync(ActorSystem system, IEnumerable<string> contacts, string flowName, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(contacts);
        FlowNames.Validate(flowName);
        var receptionists = new List<ActorPath>();
        foreach (var contact in contacts)
        {
            if (!Address.TryParse(contact, out var address) || address.Host is null)
            {
                throw new ArgumentException($"The contact '{contact}' is not a cluster member's address (e.g. akka.tcp://flow@127.0.0.2:4053).", nameof(contacts));
            }

            receptionists.Add(new RootActorPath(address) / "system" / "receptionist");
        }

        if (receptionists.Count == 0)
        {
            throw new ArgumentException("At least one contact is needed.", nameof(contacts));
        }

        var settings = ClusterClientSettings.Create(system).WithInitialContacts(receptionists.ToImmutableHashSet());
        var clusterClient = system.ActorOf(ClusterClient.Props(settings), "flow-client-" + Interlocked.Increment(ref s_clients));
        var channel = new ClusterClientChannel(system, clusterClient, flowName, timeout ?? TimeSpan.FromSeconds(10), string.Join(", ", contacts));
        try
        {
            await channel.ConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            system.Stop(clusterClient);
            throw;
        }

        return new FlowClient(channel);
    }

    /// <summary>
    /// A client for the Flow <paramref name="flowName"/> from a member of the cluster it runs on: its gateway on this
    /// node when the Flow runs here, otherwise one of its gateways on the other members (distributed pub-sub).
    /// </summary>
    /// <param name="system">A cluster member.</param>
    /// <param name="flowName">The Flow's name.</param>
    /// <returns>The client.</returns>
    public static FlowClient ForCluster(ActorSystem system, string flowName)
    {
        ArgumentNullException.ThrowIfNull(system);
        FlowNames.Validate(flowName);
        if (FlowExtension.Get(system).Flow(flowName) is { } local)
        {
            return local.Client;
        }

        var path = "/user/" + FlowNames.Gateway(flowName);
        return new FlowClient(new RoutedGatewayChannel(m => new Send(path, m, localAffinity: true), DistributedPubSub.Get(system).Mediator, null, Serialization.MessageSizeGuard.For(system)));
    }
}
