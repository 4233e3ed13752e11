using System.Text.Json.Nodes;
using Akka.Actor;
using Flow.Actors.Configuration;
using Flow.Actors.Executors;
using Flow.Actors.Gateway;
using Flow.Actors.Hosting;
using Flow.Actors.Tests.Runtime;
using Flow.Core.Flows;
using Flow.Core.Runs;

namespace Flow.Actors.Tests.Wire;

/// <summary>
/// <c>akka.actor.serialize-creators = on</c> for Flow's actors. A cluster node cannot run with it on in Akka.NET
/// 1.5.75, whatever the bindings: Akka.Cluster creates its heartbeat receiver with the Cluster extension as a Props
/// argument, which no serializer writes (with Akka's stock JSON fallback: "Self referencing loop detected"), so the
/// node never becomes Up. Flow's actors are therefore created here on a remote (non-cluster) node with it on, and
/// every Props Flow builds passes the same pre-creation check Akka makes.
/// </summary>
public sealed class CreatorArgumentsTests : Akka.TestKit.Xunit2.TestKit
{
    private const string Hocon = """
        akka.actor.provider = remote
        akka.actor.serialize-creators = on
        akka.remote.dot-netty.tcp { hostname = "127.0.0.1", port = 0 }
        """;

    public CreatorArgumentsTests()
        : base(FlowConfig.ToAkka(FlowConfig.ParseString(Hocon)), "creators")
    {
    }

    [Fact]
    public void ReplicaActor_CreatedWithSerializeCreatorsOn_ArgumentsRoundTrip_JoinsItsEntity()
    {
        var entity = CreateTestProbe();
        var spec = new ReplicaSpec("f", "enc", typeof(Appender).FullName, new JsonObject { ["k"] = 1 }, 1, 2, 3, "/ws");

        Sys.ActorOf(ReplicaActor.Props(spec, entity.Ref), "replica");

        entity.ExpectMsg<ReplicaJoin>();
    }

    [Fact]
    public void AggregatorActor_CreatedWithSerializeCreatorsOn_Answers()
    {
        var aggregator = Sys.ActorOf(AggregatorActor.Props("join"), "aggregator");
        var key = new CallKey(1, 0, CallStage.JoinReduce, 0);

        aggregator.Tell(new ReduceCall(key, [[new Core.Documents.Document { Id = "a" }], [new Core.Documents.Document { Id = "b" }]], []));

        var result = ExpectMsg<CallResult>();
        Assert.Equal(["a", "b"], result.Docs.Select(d => d.Id));
    }

    [Fact]
    public void EveryFlowProps_PassesAkkasPreCreationCheck()
    {
        var definition = new FlowBuilder().Add<Appender>("a").Build();
        var replica = new ReplicaSpec("f", "a", null, null, 0, 1, 1, null);
        var entity = new EntitySpec(replica, null, 0, null, FlowStarter.ReplicaSupervisor);
        var gateway = new GatewaySpec("f", FlowPlan.Build(definition.Topology), [[null, ActorRefs.Nobody, null]], null, true, string.Empty);

        Props[] props =
        [
            GatewayActor.Props(gateway),
            AggregatorActor.Props("a"),
            ShardEntityActor.Props(entity, 3),
            ReplicaActor.Props(replica, TestActor),
        ];

        foreach (var p in props)
        {
            Assert.NotEmpty(p.Arguments);
            foreach (var argument in p.Arguments)
            {
                if (argument is null or INoSerializationVerificationNeeded)
                {
                    continue;
                }

                // What ActorCell.MakeChild does with serialize-creators = on (and remote deployment, for real).
                var serializer = Sys.Serialization.FindSerializerFor(argument);
                var bytes = serializer.ToBinary(argument);
                var manifest = Akka.Serialization.Serialization.ManifestFor(serializer, argument);
                var back = Sys.Serialization.Deserialize(bytes, serializer.Identifier, manifest);
                Assert.Equal(argument.GetType(), back.GetType());
            }
        }
    }
}
