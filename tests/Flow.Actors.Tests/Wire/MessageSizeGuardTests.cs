using System.Diagnostics;
using Akka.Actor;
using Flow.Actors.Client;
using Flow.Actors.Executors;
using Flow.Actors.Gateway;
using Flow.Actors.Serialization;
using Flow.Actors.Tests.Runtime;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Core.Requests;
using Flow.Core.Runs;

namespace Flow.Actors.Tests.Wire;

/// <summary>
/// A message over the frame limit to another node is refused before it is sent, with an error naming what, its size
/// and the limit, at once; a message within it goes, serialized once. Two ActorSystems on loopback (127.0.0.2, .3).
/// </summary>
public sealed class MessageSizeGuardTests : IAsyncLifetime
{
    private const long Limit = TwoNodes.FrameSize - FlowSettings.EnvelopeHeadroom;

    private TwoNodes _nodes = null!;

    public Task InitializeAsync()
    {
        _nodes = TwoNodes.Start("size");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _nodes.DisposeAsync();

    /// <summary>A document whose blob alone is over the limit.</summary>
    internal static Document Big(string id) => new() { Id = id, Text = "big", Blob = new byte[Limit + 1] };

    [Fact]
    public void Limit_IsTheFrameSizeLessTheEnvelopeHeadroom()
    {
        Assert.Equal(Limit, MessageSizeGuard.For(_nodes.A).Limit);
    }

    [Fact]
    public void Refuse_LocalTarget_NothingMeasured()
    {
        var local = _nodes.A.ActorOf(Props.Create(() => new EchoActor()));
        var call = new ShardCall(WireSamples.Key, new ExecutorInput("/x", [Big("d")]));

        Assert.False(MessageSizeGuard.For(_nodes.A).MayCross(local));
        Assert.Null(MessageSizeGuard.For(_nodes.A).Problem(call, local, out var outgoing));
        Assert.Same(call, outgoing);
        Assert.False(PreSerialized.TryTake(call, out _));
    }

    [Fact]
    public async Task Refuse_RemoteTargetWithinLimit_SentWithItsBytes_SerializedOnce()
    {
        var remote = await RemoteEchoAsync();
        var call = new ShardCall(WireSamples.Key, WireSamples.Input());
        var guard = MessageSizeGuard.For(_nodes.A);
        var serializer = new FlowSerializer(null!);

        Assert.True(guard.MayCross(remote));
        Assert.Null(guard.Problem(call, remote, out var outgoing));

        // Sent in the call's place: the bytes the guard wrote, under the call's manifest; the receiver reads the call.
        var written = Assert.IsType<SerializedMessage>(outgoing);
        Assert.Same(call, written.Message);
        Assert.Equal(serializer.ToBinary(call), written.Bytes);
        Assert.Same(written.Bytes, serializer.ToBinary(written));
        Assert.Equal(serializer.Manifest(call), serializer.Manifest(written));
        Assert.Equal(call.Key, Assert.IsType<ShardCall>(serializer.FromBinary(written.Bytes, serializer.Manifest(written))).Key);
        Assert.False(PreSerialized.TryTake(call, out _));
    }

    [Fact]
    public async Task Refuse_RemoteTargetThroughARouter_BytesKeptBesideTheMessage_TakenOnce()
    {
        var remote = await RemoteEchoAsync();
        var call = new ShardCall(WireSamples.Key, WireSamples.Input());
        var guard = MessageSizeGuard.For(_nodes.A);

        Assert.Null(guard.Problem(call, remote, out var outgoing, wrap: false));

        // The message itself is sent; the remoting's ToBinary takes the kept bytes (once) instead of serializing again.
        Assert.Same(call, outgoing);
        Assert.True(PreSerialized.TryTake(call, out var kept));
        Assert.False(PreSerialized.TryTake(call, out _));
        Assert.Equal(new FlowSerializer(null!).ToBinary(call), kept);
    }

    [Fact]
    public async Task SerializedMessage_ToARemoteActor_ArrivesAsTheMessage()
    {
        var remote = await RemoteEchoAsync();
        var call = new ShardCall(WireSamples.Key, WireSamples.Input());

        Assert.Null(MessageSizeGuard.For(_nodes.A).Problem(call, remote, out var outgoing));

        // The echo on the other node answers with what it received: the call, read from the bytes sent.
        var received = await remote.Ask<ShardCall>(outgoing, TimeSpan.FromSeconds(10));
        Assert.Equal(call.Key, received.Key);
        Assert.Equal(call.Input.Endpoint, received.Input.Endpoint);
        Assert.Equal(call.Input.Docs.Select(d => d.Id), received.Input.Docs.Select(d => d.Id));
    }

    [Fact]
    public async Task Refuse_RemoteTargetOverLimit_NamesSizeAndLimit()
    {
        var remote = await RemoteEchoAsync();
        var call = new ShardCall(WireSamples.Key, new ExecutorInput("/x", [Big("d")]));
        var size = new FlowSerializer(null!).ToBinary(call).Length;

        var why = "The call to executor 'enc' (shard 1)" + MessageSizeGuard.For(_nodes.A).Problem(call, remote, out _);

        Assert.Equal(
            $"The call to executor 'enc' (shard 1) is {size} bytes serialized, over the limit of {Limit} bytes for a message between nodes "
            + $"(akka.remote.dot-netty.tcp.maximum-frame-size less 65536 bytes for Akka's envelope): it was not sent to {remote.Path.Address}.",
            why);
    }

    [Fact]
    public async Task Gateway_CallOverLimitToRemoteEntity_ErrorNamingExecutorSizeAndLimitWithinOneSecond()
    {
        var gateway = await GatewayWithRemoteEntityAsync();
        var small = await PostAsync(gateway, new FlowRequest("/index", [new Document { Id = "s", Text = "x" }]));
        Assert.Null(small.Error);
        Assert.Equal(["x/remote"], small.Docs.Select(d => d.Text));

        var clock = Stopwatch.StartNew();
        var refused = await PostAsync(gateway, new FlowRequest("/index", [Big("b")]));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), clock.Elapsed.ToString());
        Assert.Equal("enc", refused.Error!.Executor);
        Assert.Equal(MessageSizeGuard.ExceptionType, refused.Error.ExceptionType);
        Assert.StartsWith("The call to executor 'enc' (shard 0) is ", refused.Error.Message);
        Assert.Contains($" bytes serialized, over the limit of {Limit} bytes for a message between nodes", refused.Error.Message);
        Assert.Equal(["b"], refused.Docs.Select(d => d.Id));

        // The gateway and the connection keep working.
        var after = await PostAsync(gateway, new FlowRequest("/index", [new Document { Id = "s", Text = "y" }]));
        Assert.Equal(["y/remote"], after.Docs.Select(d => d.Text));
    }

    [Fact]
    public async Task Entity_ResultOverLimitToRemoteGateway_ErrorResultWithinOneSecond()
    {
        var gateway = await GatewayWithRemoteEntityAsync();
        await PostAsync(gateway, new FlowRequest("/index", [new Document { Id = "s" }]));

        var clock = Stopwatch.StartNew();
        var refused = await PostAsync(gateway, new FlowRequest("/big", [new Document { Id = "s", Text = "x" }]));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), clock.Elapsed.ToString());
        Assert.Equal("enc", refused.Error!.Executor);
        Assert.Equal(MessageSizeGuard.ExceptionType, refused.Error.ExceptionType);
        Assert.StartsWith("The result of executor 'enc' (shard 0) is ", refused.Error.Message);
        Assert.EndsWith($"it was not sent to {((ExtendedActorSystem)_nodes.A).Provider.DefaultAddress}.", refused.Error.Message);
        Assert.Equal(["x"], refused.Docs.Select(d => d.Text));
    }

    [Fact]
    public async Task Client_RequestOverLimitToRemoteGateway_ErrorResponseAtOnce_SmallOneGoes()
    {
        var client = new FlowClient(new LocalGatewayChannel(await RemoteEchoAsync(), MessageSizeGuard.For(_nodes.A)));

        var small = await client.SendAsync(new FlowRequest("/x", [new Document { Id = "s" }]) { RequestId = "r1" });
        var refused = client.SendAsync(new FlowRequest("/x", [Big("b")]) { RequestId = "r2" });

        Assert.Equal(["s"], small.Docs.Select(d => d.Id));
        Assert.True(refused.IsCompleted);
        var response = await refused;
        Assert.Equal("gateway", response.Error!.Executor);
        Assert.Equal(MessageSizeGuard.ExceptionType, response.Error.ExceptionType);
        Assert.StartsWith("The request 'r2' to /x is ", response.Error.Message);
        Assert.Contains($"over the limit of {Limit} bytes", response.Error.Message);
        var e = await Assert.ThrowsAsync<FlowException>(() => client.PostAsync("/x", [Big("c")]));
        Assert.Equal(MessageSizeGuard.ExceptionType, e.Error.ExceptionType);
    }

    [Fact]
    public async Task Reply_ReplicaResultOverLimit_ErrorWithTheInputInstead()
    {
        var remote = await RemoteEchoAsync();
        var work = new ReplicaWork(3, new ExecutorInput("/x", [new Document { Id = "in" }]), -1);
        var done = new ReplicaDone(1, 3, [Big("out")], [], null);

        var reply = Assert.IsType<ReplicaDone>(MessageSizeGuard.For(_nodes.A).Reply(done, remote, work, "enc"));

        Assert.Equal(["in"], reply.Docs.Select(d => d.Id));
        Assert.Equal(1, reply.Replica);
        Assert.Equal(3, reply.WorkId);
        Assert.Equal("enc", reply.Error!.Executor);
        Assert.StartsWith("The result of replica 1 of executor 'enc' is ", reply.Error.Message);
    }

    [Fact]
    public async Task Respond_ResponseOverLimitToRemoteClient_ErrorResponseWithRoutes()
    {
        var remote = await RemoteEchoAsync();
        var response = new FlowResponse("r9", [Big("out")]);
        response.Routes.Add(new RouteEntry("gateway", ResponseStatus.Ok));

        var sent = Assert.IsType<FlowResponse>(MessageSizeGuard.For(_nodes.A).Respond(response, remote));

        Assert.Empty(sent.Docs);
        Assert.Equal("r9", sent.RequestId);
        Assert.Equal("gateway", sent.Error!.Executor);
        Assert.StartsWith("The response to request 'r9' is ", sent.Error.Message);
        Assert.Equal(["gateway"], sent.Routes.Select(r => r.Executor));
    }

    private async Task<IActorRef> RemoteEchoAsync() =>
        await _nodes.RemoteRefOnAAsync(_nodes.B.ActorOf(Props.Create(() => new EchoActor())));

    private async Task<IActorRef> GatewayWithRemoteEntityAsync()
    {
        var entity = await _nodes.RemoteRefOnAAsync(_nodes.B.ActorOf(Props.Create(() => new FakeShardEntity())));
        var plan = FlowPlan.Build(new FlowBuilder().Add<Appender>("enc").Build().Topology);
        var spec = new GatewaySpec("f", plan, [[null, entity, null]], TimeSpan.FromSeconds(30), true, string.Empty);
        return _nodes.A.ActorOf(GatewayActor.Props(spec));
    }

    private static Task<FlowResponse> PostAsync(IActorRef gateway, FlowRequest request) =>
        gateway.Ask<FlowResponse>(new PostRequest(request), TimeSpan.FromSeconds(10));
}
