using Akka.Actor;

namespace Flow.Bench.RawAkka;

/// <summary>The flow-shaped chain's replica: answers each work item to the entity that sent it.</summary>
internal sealed class ShapeWorker : ReceiveActor
{
    public ShapeWorker() => Receive<ShapeWork>(w => Sender.Tell(new ShapeWorkDone(w.RunId, w.Stage, w.ReplyTo)));

    public static Props Props() => Akka.Actor.Props.Create(() => new ShapeWorker());
}
