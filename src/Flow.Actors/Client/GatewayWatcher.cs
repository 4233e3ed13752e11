using Akka.Actor;

namespace Flow.Actors.Client;

/// <summary>
/// Watches one remote gateway for an outside client (<see cref="ClusterClientChannel"/>) and completes
/// its task when the gateway stops or its node is lost (Akka's remote death watch: <see cref="Terminated"/>, with the
/// address failure detector's delay when the node dies).
/// </summary>
internal sealed class GatewayWatcher : ReceiveActor
{
    private readonly IActorRef _gateway;
    private readonly TaskCompletionSource _lost;

    public GatewayWatcher(IActorRef gateway, TaskCompletionSource lost)
    {
        _gateway = gateway;
        _lost = lost;
        Receive<Terminated>(_ =>
        {
            _lost.TrySetResult();
            Context.Stop(Self);
        });
    }

    /// <summary>The props of a watcher of <paramref name="gateway"/> that completes <paramref name="lost"/>.</summary>
    public static Props Props(IActorRef gateway, TaskCompletionSource lost) =>
        Akka.Actor.Props.Create(() => new GatewayWatcher(gateway, lost)).WithDeploy(Deploy.Local);

    protected override void PreStart() => Context.Watch(_gateway);
}
