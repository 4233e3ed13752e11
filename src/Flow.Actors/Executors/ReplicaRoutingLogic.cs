using Akka.Routing;

namespace Flow.Actors.Executors;

/// <summary>
/// The routing of a shard's replica pool: round-robin over the replicas whose executor is up (a restarting or
/// broken replica is skipped), a retry avoiding the replica it comes from (<see cref="ReplicaWork.Avoid"/>).
/// The choice is <see cref="ReplicaSet.Next"/>; Akka's pool keeps creating, supervising and (in a cluster)
/// deploying the replicas.
/// </summary>
/// <remarks>
/// Akka routes a message on the sender's thread, and only the shard entity sends to its pool, so the set is read
/// and <see cref="LastSelected"/> written on the entity's thread.
/// </remarks>
internal sealed class ReplicaRoutingLogic(ReplicaSet replicas) : RoutingLogic
{
    /// <summary>The index chosen by the last <see cref="Select"/>, or -1 when none was up.</summary>
    public int LastSelected { get; private set; } = -1;

    /// <inheritdoc />
    public override Routee Select(object message, Routee[] routees)
    {
        var index = replicas.Next(message is ReplicaWork work ? work.Avoid : -1);
        LastSelected = index;
        if (replicas.RefOf(index) is not { } replica)
        {
            return Routee.NoRoutee;
        }

        foreach (var routee in routees)
        {
            if (routee is ActorRefRoutee r && r.Actor.Equals(replica))
            {
                return routee;
            }
        }

        // Joined before the router listed it (a cluster pool adds routees asynchronously).
        return new ActorRefRoutee(replica);
    }
}
