using Akka.Actor;
using Akka.Routing;

namespace Flow.Bench.RawAkka;

/// <summary>
/// The flow-shaped chain's sharded entity: owns a pool of one worker (as a Flow shard owns its replica pool), hands
/// each call to it and answers the caller when the worker is done.
/// </summary>
internal sealed class ShapeEntity : ReceiveActor
{
    private IActorRef _pool = ActorRefs.Nobody;

    public ShapeEntity()
    {
        Receive<ShapeCall>(call => _pool.Tell(new ShapeWork(call.RunId, call.Stage, Sender)));
        Receive<ShapeWorkDone>(done => done.ReplyTo.Tell(new ShapeResult(done.RunId, done.Stage)));
    }

    public static Props Props() => Akka.Actor.Props.Create(() => new ShapeEntity());

    protected override void PreStart() => _pool = Context.ActorOf(ShapeWorker.Props().WithRouter(new RoundRobinPool(1)), "workers");
}
