using Akka.Actor;

namespace Flow.Bench.RawAkka;

/// <summary>
/// The flow-shaped chain's gateway: runs each request stage by stage, every stage a round trip gateway → entity →
/// worker → entity → gateway (Flow's message pattern), sending to an entity directly once it has answered (as Flow's
/// gateway with cache-entity-refs on); answers the caller after the last stage.
/// </summary>
internal sealed class ShapeGateway : ReceiveActor
{
    private readonly Dictionary<long, IActorRef> _runs = [];
    private readonly IActorRef[] _targets;
    private long _nextRun;

    public ShapeGateway(IActorRef[] regions)
    {
        _targets = (IActorRef[])regions.Clone();
        Receive<ChainRequest>(_ =>
        {
            var id = ++_nextRun;
            _runs.Add(id, Sender);
            _targets[0].Tell(new ShapeCall(id, 0));
        });
        Receive<ShapeResult>(result =>
        {
            _targets[result.Stage] = Sender;
            var next = result.Stage + 1;
            if (next < _targets.Length)
            {
                _targets[next].Tell(new ShapeCall(result.RunId, next));
            }
            else if (_runs.Remove(result.RunId, out var caller))
            {
                caller.Tell(ChainDone.Instance);
            }
        });
    }

    public static Props Props(IActorRef[] regions) => Akka.Actor.Props.Create(() => new ShapeGateway(regions));
}
