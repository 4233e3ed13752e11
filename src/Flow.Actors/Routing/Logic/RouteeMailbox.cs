namespace Flow.Actors.Routing;

/// <summary>Finds the cell of a routee that is a local actor, to read its mailbox (smallest-mailbox, resizer pressure).</summary>
internal static class RouteeMailbox
{
    public static ActorCell? CellOf(Routee routee) =>
        routee is ActorRefRoutee { Actor: LocalActorRef local } && !local.IsTerminated ? local.Cell : null;
}
