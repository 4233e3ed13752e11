using Akka.Actor;

namespace Flow.Actors.Hosting;

/// <summary>One executor of a running Flow (or its <c>uses_before</c> / <c>uses_after</c>): its shard region and its counts.</summary>
/// <param name="Name">The executor's name (<c>enc</c>, <c>enc/uses-before</c>).</param>
/// <param name="Region">Its shard region (or region proxy on a node without its role).</param>
/// <param name="Shards">Its number of shards.</param>
/// <param name="Replicas">Replicas per shard.</param>
internal sealed record RunningExecutor(string Name, IActorRef Region, int Shards, int Replicas);
