using Akka.Actor;

namespace Flow.Bench.RawAkka;

/// <summary>A call from the flow-shaped gateway to stage <paramref name="Stage"/>'s entity.</summary>
internal sealed record ShapeCall(long RunId, int Stage);

/// <summary>The entity's work for its worker; the worker answers the entity with <see cref="ShapeWorkDone"/>.</summary>
internal sealed record ShapeWork(long RunId, int Stage, IActorRef ReplyTo);

/// <summary>A worker's answer to its entity.</summary>
internal sealed record ShapeWorkDone(long RunId, int Stage, IActorRef ReplyTo);

/// <summary>An entity's answer to the gateway.</summary>
internal sealed record ShapeResult(long RunId, int Stage);
