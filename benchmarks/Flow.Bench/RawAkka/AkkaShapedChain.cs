using Akka.Actor;
using Akka.Cluster.Sharding;

namespace Flow.Bench.RawAkka;

/// <summary>
/// Raw Akka sending the messages a Flow chain sends, with none of Flow's code: per stage gateway → entity → worker
/// (a pool of one) → entity → gateway. Between the plain chain and Flow, it splits Flow's cost into its message
/// pattern and its per-message work.
/// </summary>
internal sealed class AkkaShapedChain(IActorRef gateway)
{
    public static async Task<AkkaShapedChain> StartAsync(ActorSystem system, int stages)
    {
        var sharding = ClusterSharding.Get(system);
        var settings = ClusterShardingSettings.Create(system);
        var regions = new IActorRef[stages];
        for (var i = 0; i < stages; i++)
        {
            regions[i] = await sharding.StartAsync($"shape-{i}", _ => ShapeEntity.Props(), settings, SingleEntityExtractor.Instance,
                sharding.DefaultShardAllocationStrategy(settings), PoisonPill.Instance).ConfigureAwait(false);
        }

        return new AkkaShapedChain(system.ActorOf(ShapeGateway.Props(regions), "shape-gateway"));
    }

    public Task<ChainDone> SendAsync() => gateway.Ask<ChainDone>(ChainRequest.Instance);
}
