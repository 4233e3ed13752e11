using Akka.Actor;
using Akka.Cluster.Sharding;
using Flow.Core.Documents;

namespace Flow.Bench.RawAkka;

/// <summary>Raw Akka's shards polled ALL: one region of <c>shards</c> <see cref="MatchEntity"/>s and a <see cref="ScatterGateway"/>.</summary>
internal sealed class AkkaScatter(IActorRef gateway)
{
    public static async Task<AkkaScatter> StartAsync(ActorSystem system, int shards, int matches)
    {
        var sharding = ClusterSharding.Get(system);
        var settings = ClusterShardingSettings.Create(system);
        var region = await sharding.StartAsync("scatter", _ => MatchEntity.Props(matches), settings, SingleEntityExtractor.Instance,
            sharding.DefaultShardAllocationStrategy(settings), PoisonPill.Instance).ConfigureAwait(false);
        return new AkkaScatter(system.ActorOf(ScatterGateway.Props(region, shards), "scatter-gateway"));
    }

    public Task<DocumentArray> SendAsync(DocumentArray queries) => gateway.Ask<DocumentArray>(new ScatterRequest(queries));
}
