using Akka.Actor;
using Akka.Dispatch;
using Akka.Routing;
using Akka.Util;

namespace Flow.Actors.Executors;

/// <summary>
/// The pool of a shard's replicas: Akka's pool (routee creation and supervision) with <see cref="ReplicaRoutingLogic"/>.
/// Wrapped in a cluster-aware pool by the shard entity so that replicas spread over the nodes of the executor's role.
/// Created by the entity for itself, never sent to another node.
/// </summary>
internal sealed class ReplicaPool(int replicas, ReplicaRoutingLogic logic, SupervisorStrategy supervisor)
    : Pool(replicas, null, supervisor, Dispatchers.DefaultDispatcherId, false)
{
    /// <inheritdoc />
    public override Router CreateRouter(ActorSystem system) => new(logic);

    /// <inheritdoc />
    public override int GetNrOfInstances(ActorSystem system) => NrOfInstances;

    /// <inheritdoc />
    public override ISurrogate ToSurrogate(ActorSystem system) =>
        throw new NotSupportedException("A replica pool belongs to its shard entity and is never sent to another node.");
}
