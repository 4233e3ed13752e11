using System.Globalization;
using Akka.Actor;
using Flow.Core.Documents;
using Flow.Core.Reduce;

namespace Flow.Bench.RawAkka;

/// <summary>
/// Raw Akka's version of polling ALL: sends a request's queries to every shard entity of one region, collects the
/// parts, reduces them in shard order with Flow's <see cref="DocumentReducer"/> and answers the caller.
/// </summary>
internal sealed class ScatterGateway : ReceiveActor
{
    private readonly Queue<(IActorRef Caller, DocumentArray?[] Parts)> _pending = new();
    private int _received;

    public ScatterGateway(IActorRef region, int shards)
    {
        // The benchmark sends one request at a time; each shard gets its own copy of the queries (as Flow's fan-out).
        Receive<ScatterRequest>(request =>
        {
            _pending.Enqueue((Sender, new DocumentArray?[shards]));
            for (var s = 0; s < shards; s++)
            {
                region.Tell(new MatchWork(s.ToString(CultureInfo.InvariantCulture), s, request.Queries.Clone()));
            }
        });
        Receive<MatchPart>(part =>
        {
            var (caller, parts) = _pending.Peek();
            parts[part.Shard] = part.Docs;
            if (++_received == shards)
            {
                _pending.Dequeue();
                _received = 0;
                caller.Tell(DocumentReducer.ReduceAll(parts!));
            }
        });
    }

    public static Props Props(IActorRef region, int shards) => Akka.Actor.Props.Create(() => new ScatterGateway(region, shards));
}
