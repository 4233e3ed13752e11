namespace Flow.Actors.Routing;

// Akka's router protocol, local-only (never serialized). Management messages sent to a router's ref go through the
// router actor's mailbox, in order with each other; ordinary messages bypass it.

/// <summary>A message a router handles itself (it is never routed). Replies come from the router's ref.</summary>
public abstract record RouterManagementMessage
{
    private protected RouterManagementMessage()
    {
    }
}

/// <summary>Asks a router for its current routees; it replies <see cref="Routees"/> to the sender.</summary>
public sealed record GetRoutees : RouterManagementMessage
{
    private GetRoutees()
    {
    }

    /// <summary>The single instance.</summary>
    public static GetRoutees Instance { get; } = new();
}

/// <summary>The reply to <see cref="GetRoutees"/>: a snapshot of the routees, in routing order.</summary>
/// <param name="Members">The routees when the router processed the request.</param>
public sealed record Routees(IReadOnlyList<Routee> Members);

/// <summary>Adds a routee (an <see cref="ActorRefRoutee"/> is watched: it is removed when it stops). No reply.</summary>
/// <param name="Routee">The routee to add.</param>
public sealed record AddRoutee(Routee Routee) : RouterManagementMessage;

/// <summary>
/// Removes a routee; a pool also stops it when it is one of its children. A router left with no routees stops
/// (a pool with a resizer does not). No reply.
/// </summary>
/// <param name="Routee">The routee to remove (compared by destination).</param>
public sealed record RemoveRoutee(Routee Routee) : RouterManagementMessage;

/// <summary>
/// Grows a pool by <paramref name="Change"/> new routees, or shrinks it by stopping its last -<paramref name="Change"/>
/// routees. Groups ignore it. No reply.
/// </summary>
/// <param name="Change">Routees to add (positive) or remove (negative).</param>
public sealed record AdjustPoolSize(int Change) : RouterManagementMessage;

/// <summary>A wrapper that the router reads to route, then unwraps: the routees receive <see cref="Message"/> only.</summary>
/// <param name="Message">The message the routees receive.</param>
public abstract record RouterEnvelope(object Message);

/// <summary>Delivers <see cref="RouterEnvelope.Message"/> to every routee of any router (also a <see cref="PoisonPill"/>).</summary>
/// <param name="Message">The message every routee receives.</param>
public sealed record Broadcast(object Message) : RouterEnvelope(Message);
