using Flow.Actors;

namespace Flow.Engine.Runtime;

/// <summary>
/// Where an executor's shard entities live. On one node, <see cref="LocalExecutorPlacement"/> starts a local
/// region; the cluster work implements it with cluster sharding (the coordinator allocates the entities to
/// nodes with the executor's role), without changing the gateway.
/// </summary>
internal interface IExecutorPlacement
{
    /// <summary>
    /// Starts the executor's region and waits until every replica has constructed its executor.
    /// Returns the shard entities in shard order.
    /// </summary>
    /// <exception cref="Exception">The first construction failure (an <see cref="Flow.Core.Executors.ExecutorConstructionException"/> naming the executor).</exception>
    Task<IReadOnlyList<IActorRef>> StartAsync(RegionSpec spec, CancellationToken cancellationToken);
}
