using System.Runtime.Serialization;
using Akka.Actor;
using Akka.Serialization;
using Flow.Actors.Configuration;
using AkkaConfig = Akka.Configuration.Config;

namespace Flow.Actors.Tests.Wire;

/// <summary>
/// Flow's bindings change nothing Akka sends between nodes: every type of the Akka assemblies that Akka's own
/// configuration binds to a serializer other than its JSON fallback keeps that serializer under Flow's configuration;
/// a type Akka would write as JSON is refused, unless it is one of Akka's node-local messages Flow binds to JSON.
/// </summary>
public sealed class AkkaBindingTests : IAsyncLifetime
{
    private static readonly string[] AkkaAssemblies =
    [
        "Akka", "Akka.Remote", "Akka.Cluster", "Akka.Cluster.Sharding", "Akka.Cluster.Tools", "Akka.DistributedData",
        "Akka.Persistence", "Akka.Coordination",
    ];

    private readonly ActorSystem _stock = ActorSystem.Create("stock", Local(FlowConfig.ToAkka(AkkaReferenceConfig.Value)));
    private readonly ActorSystem _flow = ActorSystem.Create("flow", Local(FlowConfig.ToAkka(FlowConfig.Reference)));

    [Fact]
    public void AkkaTypes_BoundByAkka_KeepTheirSerializer_OthersRefusedOrLocalJson()
    {
        var mismatches = new List<string>();
        var checkedTypes = 0;
        foreach (var type in AkkaTypes())
        {
            var stock = _stock.Serialization.FindSerializerForType(type);
            Serializer? flow;
            try
            {
                flow = _flow.Serialization.FindSerializerForType(type);
            }
            catch (SerializationException)
            {
                flow = null;
            }

            checkedTypes++;
            if (stock is not NewtonSoftJsonSerializer && flow?.GetType() != stock.GetType())
            {
                mismatches.Add($"{type.FullName}: Akka {stock.GetType().Name}, Flow {flow?.GetType().Name ?? "refused"}");
            }
            else if (stock is NewtonSoftJsonSerializer && flow is not (null or NewtonSoftJsonSerializer))
            {
                mismatches.Add($"{type.FullName}: Akka JSON, Flow {flow.GetType().Name}");
            }
        }

        Assert.True(checkedTypes > 1000, $"only {checkedTypes} types checked");
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void AkkaNodeLocalMessages_BoundToJson_ThoseSeenOnly()
    {
        var json = AkkaTypes()
            .Where(t => Bound(t) is NewtonSoftJsonSerializer)
            .Select(t => t.FullName!)
            .Where(n => !n.StartsWith("Akka.Cluster.ClusterEvent+", StringComparison.Ordinal))
            .Order()
            .ToArray();

        Assert.Equal(
            [
                "Akka.Cluster.ClusterUserAction+JoinTo",
                "Akka.Cluster.CoordinatedShutdownLeave+LeaveReq",
                "Akka.Cluster.InternalClusterAction+ExitingCompleted",
                "Akka.Cluster.InternalClusterAction+GossipSpeedupTick",
                "Akka.Cluster.InternalClusterAction+GossipTick",
                "Akka.Cluster.InternalClusterAction+LeaderActionsTick",
                "Akka.Cluster.InternalClusterAction+MetricsTick",
                "Akka.Cluster.InternalClusterAction+PublishStatsTick",
                "Akka.Cluster.InternalClusterAction+ReapUnreachableTick",
                "Akka.Cluster.InternalClusterAction+SendCurrentClusterState",
                "Akka.Cluster.InternalClusterAction+Subscribe",
                "Akka.Cluster.InternalClusterAction+Unsubscribe",
                "Akka.Cluster.Sharding.GracefulShutdown",
                "Akka.Cluster.Sharding.Internal.RememberEntitiesCoordinatorStore+AddShard",
                "Akka.Cluster.Sharding.Internal.RememberEntitiesCoordinatorStore+GetShards",
                "Akka.Cluster.Sharding.Internal.RememberEntitiesCoordinatorStore+RememberedShards",
                "Akka.Cluster.Sharding.Internal.RememberEntitiesCoordinatorStore+UpdateDone",
                "Akka.Cluster.Sharding.Internal.RememberEntitiesCoordinatorStore+UpdateFailed",
                "Akka.Cluster.Sharding.Internal.RememberEntitiesShardStore+GetEntities",
                "Akka.Cluster.Sharding.Internal.RememberEntitiesShardStore+RememberedEntities",
                "Akka.Cluster.Sharding.Internal.RememberEntitiesShardStore+Update",
                "Akka.Cluster.Sharding.Internal.RememberEntitiesShardStore+UpdateDone",
                "Akka.Cluster.Sharding.ShardCoordinator+RebalanceDone",
                "Akka.Cluster.Sharding.ShardCoordinator+RebalanceWorker+ShardRegionTerminated",
                "Akka.Cluster.Sharding.ShardCoordinator+Terminate",
                "Akka.Cluster.Sharding.ShardInitialized",
                "Akka.Cluster.Tools.PublishSubscribe.Put",
                "Akka.Cluster.Tools.PublishSubscribe.Remove",
                "Akka.Cluster.Tools.Singleton.OldestChangedBuffer+GetNext",
                "Akka.Cluster.Tools.Singleton.OldestChangedBuffer+InitialOldestState",
                "Akka.Cluster.Tools.Singleton.OldestChangedBuffer+OldestChanged",
                "Akka.Cluster.Tools.Singleton.SelfExiting",
                "Akka.Cluster.Tools.Singleton.StartOldestChangedBuffer",
                "Akka.Dispatch.SysMsg.RegisterTerminationHook",
                "Akka.Dispatch.SysMsg.StopChild",
                "Akka.Dispatch.SysMsg.TerminationHook",
                "Akka.Dispatch.SysMsg.TerminationHookDone",
                "Akka.Remote.RemoteActorRefProvider+RemotingTerminator+TransportShutdown",
            ],
            json);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _stock.Terminate();
        await _flow.Terminate();
    }

    private Serializer? Bound(Type type)
    {
        try
        {
            return _flow.Serialization.FindSerializerForType(type);
        }
        catch (SerializationException)
        {
            return null;
        }
    }

    private static IEnumerable<Type> AkkaTypes()
    {
        foreach (var name in AkkaAssemblies)
        {
            foreach (var type in System.Reflection.Assembly.Load(name).GetTypes())
            {
                if (type is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false } && !type.IsPrimitive && !typeof(Delegate).IsAssignableFrom(type))
                {
                    yield return type;
                }
            }
        }
    }

    private static AkkaConfig Local(AkkaConfig config) =>
        Akka.Configuration.ConfigurationFactory.ParseString("akka.actor.provider = local").WithFallback(config);
}
