namespace Flow.Actors.Routing;

/// <summary>A routee that is one actor, by ref. Pool routees are always of this kind.</summary>
/// <param name="Actor">The actor messages are told to.</param>
public sealed record ActorRefRoutee(IActorRef Actor) : Routee
{
    /// <summary>Tells the actor, keeping the original sender.</summary>
    public override void Send(object message, IActorRef? sender) => Actor.Tell(message, sender);
}
