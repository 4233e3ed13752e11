using Akka.Actor;
using Akka.Cluster.Sharding;

namespace Flow.Bench.RawAkka;

/// <summary>
/// Raw Akka's version of a Flow of executors in a chain: one shard region per stage (entity "0" each) and a gateway
/// actor; a request goes gateway → region A → region B → region C → caller, every hop a plain Tell.
/// </summary>
internal sealed class AkkaChain
{
    private AkkaChain(IActorRef gateway, IActorRef[] regions)
    {
        Gateway = gateway;
        Regions = regions;
    }

    public IActorRef Gateway { get; }

    /// <summary>The regions, first stage first.</summary>
    public IActorRef[] Regions { get; }

    /// <summary>Starts <paramref name="stages"/> regions (the last first, so each knows the next) and the gateway.</summary>
    public static async Task<AkkaChain> StartAsync(ActorSystem system, int stages, string prefix = "chain")
    {
        var sharding = ClusterSharding.Get(system);
        var settings = ClusterShardingSettings.Create(system);
        var regions = new IActorRef[stages];
        IActorRef? next = null;
        for (var i = stages - 1; i >= 0; i--)
        {
            var following = next;
            regions[i] = await sharding.StartAsync(
                $"{prefix}-{i}",
                _ => ChainEntity.Props(following),
                settings,
                SingleEntityExtractor.Instance,
                sharding.DefaultShardAllocationStrategy(settings),
                PoisonPill.Instance).ConfigureAwait(false);
            next = regions[i];
        }

        var gateway = system.ActorOf(ChainGateway.Props(regions[0]), prefix + "-gateway");
        return new AkkaChain(gateway, regions);
    }

    /// <summary>
    /// Waits until every region has registered with its coordinator (the coordinator lists a region), polling every
    /// 10 ms: a request sent before that is buffered in the region, and a region that buffers for 5 retry intervals
    /// logs "Trying to register to coordinator ... but no acknowledgement" at warning level.
    /// </summary>
    public async Task WaitRegisteredAsync()
    {
        foreach (var region in Regions)
        {
            while ((await region.Ask<CurrentRegions>(GetCurrentRegions.Instance).ConfigureAwait(false)).Regions.Count == 0)
            {
                await Task.Delay(10).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One request through the whole chain (Ask, as FlowClient does).</summary>
    public Task<ChainDone> SendAsync() => Gateway.Ask<ChainDone>(ChainRequest.Instance);
}
