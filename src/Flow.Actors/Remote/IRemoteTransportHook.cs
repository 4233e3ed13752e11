using Microsoft.Extensions.Logging;

namespace Flow.Actors.Remote;

/// <summary>
/// What the core runtime asks of remoting (the only calls from the core into Remote/): the system's address once the
/// listener is bound, starting after the guardians exist, and refs for paths on other nodes.
/// </summary>
internal interface IRemoteTransportHook
{
    /// <summary>The address peers dial, <c>flow.tcp://system@host:port</c>, with the port actually bound.</summary>
    Address Address { get; }

    /// <summary>Starts accepting, heartbeating and dialing; stops by itself when the system has terminated.</summary>
    void Start(ActorSystem system);

    /// <summary>A ref to the actor at <paramref name="path"/> on another node.</summary>
    IInternalActorRef ResolveRemote(ActorPath path);
}

/// <summary>Creates the remoting of an actor system configured with <c>flow.actor.provider = remote</c>.</summary>
internal static class RemoteTransportHook
{
    /// <summary>Binds the listener (so the address is known before the first path is made).</summary>
    public static IRemoteTransportHook Create(string systemName, RemoteSettings settings, ILoggerFactory loggerFactory, TimeProvider clock) =>
        new RemoteTransport(systemName, settings, loggerFactory, clock);
}
