using System.Collections.Immutable;
using Akka.Actor;
using Akka.Cluster.Tools.Client;
using Flow.Actors.Serialization;

namespace Flow.Host.Cli;

/// <summary>
/// The short-lived ActorSystem of a command that talks to a cluster from outside (<c>flow post</c>, <c>flow status</c>):
/// not a member, remoting on 127.0.0.1 (port 0) with Flow's serializer, and Akka's cluster client towards the
/// contacts' receptionists.
/// </summary>
internal sealed class ContactSystem : IAsyncDisposable
{
    private ContactSystem(ActorSystem system, IActorRef client)
    {
        System = system;
        Client = client;
    }

    public ActorSystem System { get; }

    /// <summary>A cluster client towards the contacts.</summary>
    public IActorRef Client { get; }

    /// <summary>Starts the system; <paramref name="contact"/> must be a member's address.</summary>
    /// <exception cref="ArgumentException">The contact is not an address.</exception>
    public static ContactSystem Start(string contact, string hostname)
    {
        if (!Address.TryParse(contact, out var address) || address.Host is null)
        {
            throw new ArgumentException($"'{contact}' is not a cluster member's address (e.g. akka.tcp://flow@127.0.0.2:4053).");
        }

        // Quiet: the command's output is its answer (or its error), not Akka's logs.
        var quiet = Akka.Configuration.ConfigurationFactory.ParseString("akka.loglevel = ERROR\nakka.stdout-loglevel = ERROR");
        var system = ActorSystem.Create("flow-cli", quiet.WithFallback(FlowSerialization.ClientConfig(hostname)));
        var receptionist = new RootActorPath(address) / "system" / "receptionist";
        var client = system.ActorOf(ClusterClient.Props(ClusterClientSettings.Create(system).WithInitialContacts(ImmutableHashSet.Create<ActorPath>(receptionist))), "client");
        return new ContactSystem(system, client);
    }

    public async ValueTask DisposeAsync() => await System.Terminate().ConfigureAwait(false);
}
