using Akka.Actor;

namespace Flow.TestKit.MultiNode;

/// <summary>Where one shard of an executor runs, as Akka's cluster sharding reports it.</summary>
/// <param name="Shard">The shard index.</param>
/// <param name="Node">The address of the node whose shard region hosts it.</param>
/// <param name="Entities">How many entities of the shard are alive there (a Flow shard has one).</param>
public sealed record ShardPlacement(int Shard, Address Node, int Entities);
