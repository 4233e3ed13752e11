using Flow.Actors;

namespace Flow.Bench.PingPong;

/// <summary>Replies every message to its sender.</summary>
internal sealed class EchoActor : ReceiveActor
{
    public EchoActor()
    {
        Receive<Msg>(m => Sender.Tell(m, Self));
    }
}
