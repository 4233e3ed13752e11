using System.Text.Json.Nodes;
using Flow.Actors.Executors;
using Flow.Actors.Gateway;
using Flow.Actors.Serialization;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Requests;
using Flow.Core.Runs;

namespace Flow.Actors.Tests.Wire;

public sealed class FlowSerializerRoundTripTests
{
    private static readonly FlowSerializer Serializer = new(null!);

    public static TheoryData<string> Manifests() => [.. WireSamples.All().Select(s => s.Manifest)];

    [Theory]
    [MemberData(nameof(Manifests))]
    public void RoundTrip_FixedMessage_SameTypeAndSameBytes(string manifest)
    {
        var message = WireSamples.All().Single(s => s.Manifest == manifest).Message;
        var bytes = Serializer.ToBinary(message);

        var back = Serializer.FromBinary(bytes, Serializer.Manifest(message));

        Assert.IsType(message.GetType(), back);
        Assert.Equal(bytes, Serializer.ToBinary(back));
    }

    [Fact]
    public void RoundTrip_Singletons_AreTheInstances()
    {
        Assert.Same(StopShard.Instance, RoundTrip(StopShard.Instance));
        Assert.Same(ReplicaJoin.Instance, RoundTrip(ReplicaJoin.Instance));
        Assert.Same(CloseReplica.Instance, RoundTrip(CloseReplica.Instance));
    }

    [Fact]
    public void RoundTrip_Records_AreEqual()
    {
        Assert.Equal(new StartShard(3), RoundTrip(new StartShard(3)));
        Assert.Equal(new ShardStarted(1, 3, 2, WireSamples.Error), RoundTrip(new ShardStarted(1, 3, 2, WireSamples.Error)));
        Assert.Equal(new ShardStarted(1, 3, 3, null), RoundTrip(new ShardStarted(1, 3, 3, null)));
        var probe = new ShardProbeResult("enc", 1, "akka.tcp://flow@127.0.0.2:4053", 2, 3, ["a", "b"]);
        var back = Assert.IsType<ShardProbeResult>(RoundTrip(probe));
        Assert.Equal((probe.Executor, probe.Shard, probe.Node, probe.Answered, probe.Replicas), (back.Executor, back.Shard, back.Node, back.Answered, back.Replicas));
        Assert.Equal(probe.ReplicaNodes, back.ReplicaNodes);
        var error = WireSamples.Error with { ExecutorClass = "Encoder" };
        Assert.Equal(error, RoundTrip(new ShardClosed(4, error)) is ShardClosed { Error: { } e } ? e : null);
        Assert.Equal(new ShardClosed(4, WireSamples.Error), RoundTrip(new ShardClosed(4, WireSamples.Error)));
        Assert.Equal(new ReplicaCrashed(2, long.MaxValue, WireSamples.Error), RoundTrip(new ReplicaCrashed(2, long.MaxValue, WireSamples.Error)));
        Assert.Equal(new ReplicaClosed(0, null), RoundTrip(new ReplicaClosed(0, null)));
        Assert.Equal(new ReplicaPong(-1), RoundTrip(new ReplicaPong(-1)));
    }

    [Fact]
    public void RoundTrip_FlowErrorWithoutStack_StackStaysNull()
    {
        var error = new FlowError("gateway", "TimeoutException", "late", null);
        Assert.Equal(new ShardClosed(0, error), RoundTrip(new ShardClosed(0, error)));
    }

    [Fact]
    public void RoundTrip_ReplicaSpec_EveryFieldAndNulls()
    {
        var spec = WireSamples.Spec();
        var back = RoundTrip(spec);
        Assert.Equal(spec with { UsesWith = null }, back with { UsesWith = null });
        Assert.Equal("{\"dim\":8}", back.UsesWith!.ToJsonString());

        var bare = new ReplicaSpec("f", "e", null, null, 0, 1, 1, null);
        Assert.Equal(bare, RoundTrip(bare));
    }

    [Fact]
    public void RoundTrip_ShardCall_KeyEndpointDocsParametersOwnership()
    {
        var input = new ExecutorInput("/x", WireSamples.Docs(), WireSamples.Parameters()) { Ownership = DocsOwnership.Transfer };

        var back = RoundTrip(new ShardCall(new CallKey(long.MinValue, 9, CallStage.UsesAfter, 4), input));

        Assert.Equal(new CallKey(long.MinValue, 9, CallStage.UsesAfter, 4), back.Key);
        Assert.Equal("/x", back.Input.Endpoint);
        Assert.Equal(["d1", "d2"], back.Input.Docs.Select(d => d.Id));
        Assert.Equal("hi", back.Input.Docs[0].Text);
        Assert.Equal(new byte[] { 1, 2 }, back.Input.Docs[0].Blob.ToArray());
        Assert.Equal(Embedding.Dense([0.5f, -1f]), back.Input.Docs[0].Embedding);
        Assert.Null(back.Input.Parts);
        Assert.Equal("{\"top_k\":3,\"__results__\":{}}", back.Input.Parameters!.ToJsonString());
        Assert.Equal(DocsOwnership.Transfer, back.Input.Ownership);
    }

    [Fact]
    public void RoundTrip_InputWithParts_PartsAndConcatenatedDocs()
    {
        var back = RoundTrip(new ReplicaWork(1, WireSamples.PartsInput(), -1)).Input;

        Assert.Equal(2, back.Parts!.Count);
        Assert.Equal(["a"], back.Parts[0].Select(d => d.Id));
        Assert.Equal(["b"], back.Parts[1].Select(d => d.Id));
        Assert.Equal(["a", "b"], back.Docs.Select(d => d.Id));
        Assert.Same(back.Parts[1][0], back.Docs[1]);
        Assert.Null(back.Parameters);
    }

    [Fact]
    public void RoundTrip_InputWithZeroParts_PartsEmptyNotNull()
    {
        var back = RoundTrip(new ReplicaWork(1, ExecutorInput.FromParts("/e", []), -1)).Input;
        Assert.Empty(back.Parts!);
        Assert.Empty(back.Docs);
    }

    [Fact]
    public void RoundTrip_Parameters_NumbersKeepTheirText()
    {
        var parameters = new JsonObject
        {
            ["big"] = 12345678901234567890UL,
            ["pi"] = 3.14159265358979,
            ["dec"] = 0.1m,
            ["text"] = "é \"q\" \u2028",
            ["list"] = new JsonArray(1, null, true, new JsonObject()),
        };

        var back = RoundTrip(new CallResult(WireSamples.Key, [], parameters, null));

        Assert.Equal(parameters.ToJsonString(), back.Parameters.ToJsonString());
        Assert.Equal(12345678901234567890UL, back.Parameters["big"]!.GetValue<ulong>());
    }

    [Fact]
    public void RoundTrip_FlowRequest_EveryField()
    {
        var back = RoundTrip(WireSamples.Request());

        Assert.Equal("r1", back.RequestId);
        Assert.Equal("/search", back.Endpoint);
        Assert.Equal("enc.*", back.TargetExecutor);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), back.Timeout);
        Assert.Equal(["d1", "d2"], back.Docs.Select(d => d.Id));
        Assert.Equal(WireSamples.Parameters().ToJsonString(), back.Parameters.ToJsonString());

        var bare = RoundTrip(new FlowRequest("/e") { RequestId = "x" });
        Assert.Null(bare.TargetExecutor);
        Assert.Null(bare.Timeout);
        Assert.Empty(bare.Docs);
        Assert.Empty(bare.Parameters);
    }

    [Fact]
    public void RoundTrip_FlowResponse_ErrorAndRoutesWithTimes()
    {
        var response = WireSamples.Response();

        var back = RoundTrip(response);

        Assert.Equal("r1", back.RequestId);
        Assert.Equal(WireSamples.Error, back.Error);
        Assert.Equal(ResponseStatus.Error, back.Status);
        Assert.Equal(response.Routes, back.Routes);
        Assert.Equal(TimeSpan.FromHours(1), back.Routes[0].StartTime!.Value.Offset);
        Assert.Null(back.Routes[1].StartTime);
    }

    [Fact]
    public void RoundTrip_DocumentsWithEveryField_SameDocumentBytes()
    {
        var docs = new DocumentArray([WireSamples.FullDocument()]);
        var back = RoundTrip(new CallResult(WireSamples.Key, docs, [], null));
        Assert.Equal(Flow.Core.Wire.DocumentSerializer.Serialize(docs), Flow.Core.Wire.DocumentSerializer.Serialize(back.Docs));
    }

    private static T RoundTrip<T>(T message)
        where T : notnull =>
        (T)Serializer.FromBinary(Serializer.ToBinary(message), Serializer.Manifest(message));
}
