using Flow.Actors;

namespace Flow.Bench.Remote;

/// <summary>Replies every message to its sender.</summary>
internal sealed class RemoteEchoActor : ReceiveActor
{
    public RemoteEchoActor() => ReceiveAny(m => Sender.Tell(m, Self));
}
