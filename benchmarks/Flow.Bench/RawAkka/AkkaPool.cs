using Akka.Actor;
using Akka.Cluster.Sharding;

namespace Flow.Bench.RawAkka;

/// <summary>Raw Akka's replicas: one sharded entity owning a round-robin pool of workers that take 50 ms each.</summary>
internal sealed class AkkaPool(IActorRef region)
{
    public static async Task<AkkaPool> StartAsync(ActorSystem system, int workers)
    {
        var sharding = ClusterSharding.Get(system);
        var settings = ClusterShardingSettings.Create(system);
        var region = await sharding.StartAsync($"pool-{workers}", _ => PoolEntity.Props(workers), settings, SingleEntityExtractor.Instance,
            sharding.DefaultShardAllocationStrategy(settings), PoisonPill.Instance).ConfigureAwait(false);
        return new AkkaPool(region);
    }

    public Task<SlowDone> SendAsync() => region.Ask<SlowDone>(SlowWork.Instance);
}
