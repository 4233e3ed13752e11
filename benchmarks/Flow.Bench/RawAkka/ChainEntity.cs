using Akka.Actor;

namespace Flow.Bench.RawAkka;

/// <summary>A sharded entity of the chain: plain Tell of each hop to the next region, or to the caller at the end.</summary>
internal sealed class ChainEntity : ReceiveActor
{
    public ChainEntity(IActorRef? next)
    {
        if (next is null)
        {
            Receive<ChainHop>(hop => hop.ReplyTo.Tell(ChainDone.Instance));
        }
        else
        {
            Receive<ChainHop>(hop => next.Tell(hop));
        }
    }

    public static Props Props(IActorRef? next) => Akka.Actor.Props.Create(() => new ChainEntity(next));
}
