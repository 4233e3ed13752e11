using Akka.Actor;

namespace Flow.Bench.RawAkka;

/// <summary>The chain's gateway: turns each caller's request into the first hop, with the caller to answer.</summary>
internal sealed class ChainGateway : ReceiveActor
{
    public ChainGateway(IActorRef first) => Receive<ChainRequest>(_ => first.Tell(new ChainHop(Sender)));

    public static Props Props(IActorRef first) => Akka.Actor.Props.Create(() => new ChainGateway(first));
}
