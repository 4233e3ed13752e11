using System.Buffers;
using System.Text.Json.Nodes;
using Flow.Actors.Serialization;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Protos;
using Flow.Engine.Remote;
using Flow.Core.Requests;
using Flow.Engine.Runtime;
using Google.Protobuf;

namespace Flow.Engine.Tests.Remote;

/// <summary>Locks the wire ids and bytes of the engine's remote messages (flow_remote.proto).</summary>
public sealed class EngineWireSnapshotTests
{
    private const string GatewayPath = "flow.tcp://a@127.0.0.2:2552/user/flow-1-gateway";

    [Fact]
    public void Register_EngineMessages_StableTypeIds()
    {
        var registry = new SerializationRegistry();
        EngineWire.Register(registry);
        Assert.Equal(2000, Id<ShardCall>(registry));
        Assert.Equal(2001, Id<CallResult>(registry));
        Assert.Equal(2002, Id<RegionSpecProto>(registry));
        Assert.Equal(2003, Id<StartRegion>(registry));
        Assert.Equal(2004, Id<RegionStarted>(registry));
        Assert.Equal(2005, Id<CloseShard>(registry));
        Assert.Equal(2006, Id<ShardClosed>(registry));
        Assert.Equal(2007, Id<ProbeShard>(registry));
        Assert.Equal(2008, Id<ShardProbeResult>(registry));
    }

    [Fact]
    public void ShardCall_WithParts_WireBytesLocked()
    {
        var input = ExecutorInput.FromParts("/index", [Docs("a"), Docs("b")], new JsonObject { ["k"] = 1 });
        var call = new ShardCall(new CallKey(7, 1, CallStage.Shard, 2), input, new FixedRef(GatewayPath));
        Assert.Equal(ShardCallHex, Hex(call));
    }

    [Fact]
    public void ShardCall_SingleDocs_NoPartsAndNoParameters()
    {
        var call = new ShardCall(new CallKey(1, 0, CallStage.UsesBefore, 0), new ExecutorInput("/search", Docs("x")), new FixedRef(GatewayPath));
        var proto = EngineProtoConverter.ToProto(call);
        Assert.Empty(proto.Parts);
        Assert.False(proto.HasParameters);
        Assert.Equal("x", proto.Docs.Docs[0].Id);
        Assert.Equal(GatewayPath + "#0", proto.ReplyTo);
    }

    [Fact]
    public void CallResult_WithError_WireBytesLockedAndRoundTrips()
    {
        var result = new CallResult(new CallKey(7, 1, CallStage.Shard, 2), Docs("a"), new JsonObject { ["__results__"] = new JsonObject { ["p1"] = "ok" } },
            new FlowError("p1", "RemoteExecutorLostException", "lost", null));
        var bytes = Bytes(result);
        Assert.Equal(CallResultHex, Convert.ToHexString(bytes));
        var back = (CallResult)Serializer<CallResult>().Read(bytes);
        Assert.Equal(result.Key, back.Key);
        Assert.Equal("a", Assert.Single(back.Docs).Id);
        Assert.Equal("ok", back.Parameters["__results__"]!["p1"]!.GetValue<string>());
        Assert.Equal(result.Error, back.Error);
    }

    [Fact]
    public void RegionSpec_WireBytesLocked()
    {
        var spec = new RegionSpecProto { Name = "p1", Uses = "Upper", Shards = 2, Replicas = 3, Workspace = "ws", Retries = 4 };
        Assert.Equal(RegionSpecHex, Convert.ToHexString(spec.ToByteArray()));
    }

    [Fact]
    public void ShardProbeResultAndShardClosed_RoundTrip()
    {
        var probe = (ShardProbeResult)Serializer<ShardProbeResult>().Read(Bytes(new ShardProbeResult(1, 2, 3)));
        Assert.Equal(new ShardProbeResult(1, 2, 3), probe);
        var closed = (ShardClosed)Serializer<ShardClosed>().Read(Bytes(new ShardClosed(1, null)));
        Assert.Equal(new ShardClosed(1, null), closed);
        Assert.Same(StartRegion.Instance, Serializer<StartRegion>().Read(Bytes(StartRegion.Instance)));
    }

    private static DocumentArray Docs(string id) => [new Document { Id = id, Text = id + "-text" }];

    private static int Id<T>(SerializationRegistry registry) =>
        registry.TryGetByType(typeof(T), out var binding) ? binding.TypeId : -1;

    private static IMessageSerializer Serializer<T>()
    {
        var registry = new SerializationRegistry();
        EngineWire.Register(registry);
        Assert.True(registry.TryGetByType(typeof(T), out var binding));
        return binding.Serializer;
    }

    private static byte[] Bytes<T>(T message)
        where T : notnull
    {
        var buffer = new ArrayBufferWriter<byte>();
        Serializer<T>().Write(message, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static string Hex<T>(T message)
        where T : notnull => Convert.ToHexString(Bytes(message));

    private const string ShardCallHex =
        "0A08080710011802200212062F696E6465781A100A0E0A016B120911000000000000F03F2A0D0A0B0A01611A06612D746578742A0D0A0B0A01621A06622D746578743231666C6F772E7463703A2F2F61403132372E302E302E323A323535322F757365722F666C6F772D312D6761746577617923303801";

    private const string CallResultHex =
        "0A080807100118022002120D0A0B0A01611A06612D746578741A1F0A1D0A0B5F5F726573756C74735F5F120E2A0C0A0A0A02703112041A026F6B22270A027031121B52656D6F74654578656375746F724C6F7374457863657074696F6E1A046C6F7374";

    private const string RegionSpecHex =
        "0A0270311205557070657220022803320277733804";
}
