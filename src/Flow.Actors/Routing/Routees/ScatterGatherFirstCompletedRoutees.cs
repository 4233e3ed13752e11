namespace Flow.Actors.Routing;

/// <summary>What scatter-gather selects: sends to all routees at once; the first reply goes to the sender.</summary>
internal sealed record ScatterGatherFirstCompletedRoutees(ActorSystem System, Routee[] Members, TimeSpan Within) : Routee
{
    public override void Send(object message, IActorRef? sender)
    {
        var reply = new FirstReplyRef(System, sender, Within, "Scatter-gather");
        reply.Start(System.TimeProvider);
        foreach (var routee in Members)
        {
            routee.Send(message, reply);
        }
    }
}
