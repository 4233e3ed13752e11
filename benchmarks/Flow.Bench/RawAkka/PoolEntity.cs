using Akka.Actor;
using Akka.Routing;

namespace Flow.Bench.RawAkka;

/// <summary>A sharded entity owning a round-robin pool of <see cref="SlowWorker"/>s; forwards each request to it.</summary>
internal sealed class PoolEntity : ReceiveActor
{
    private readonly int _workers;
    private IActorRef _pool = ActorRefs.Nobody;

    public PoolEntity(int workers)
    {
        _workers = workers;
        Receive<SlowWork>(work => _pool.Forward(work));
    }

    public static Props Props(int workers) => Akka.Actor.Props.Create(() => new PoolEntity(workers));

    protected override void PreStart() => _pool = Context.ActorOf(SlowWorker.Props().WithRouter(new RoundRobinPool(_workers)), "workers");
}
