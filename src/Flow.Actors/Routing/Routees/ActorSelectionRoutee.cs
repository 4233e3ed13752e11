namespace Flow.Actors.Routing;

/// <summary>
/// A routee that is a path, resolved each time a message is sent (a group uses it for a path with no live actor yet);
/// a path that matches no actor sends to dead letters.
/// </summary>
/// <param name="Selection">The selection messages are told to.</param>
public sealed record ActorSelectionRoutee(ActorSelection Selection) : Routee
{
    /// <summary>Tells every actor the path matches, keeping the original sender.</summary>
    public override void Send(object message, IActorRef? sender) => Selection.Tell(message, sender);
}
