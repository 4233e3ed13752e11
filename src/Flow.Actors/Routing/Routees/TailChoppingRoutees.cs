namespace Flow.Actors.Routing;

/// <summary>What tail-chopping selects: sends to one routee, then to another every interval; the first reply goes to the sender.</summary>
internal sealed record TailChoppingRoutees(ActorSystem System, Routee[] Members, TimeSpan Within, TimeSpan Interval) : Routee
{
    public override void Send(object message, IActorRef? sender)
    {
        var order = (Routee[])Members.Clone();
        Random.Shared.Shuffle(order);
        var reply = new FirstReplyRef(System, sender, Within, "Tail-chopping");
        reply.Start(System.TimeProvider);
        reply.StartChopping(System.TimeProvider, order, message, Interval);
    }
}
