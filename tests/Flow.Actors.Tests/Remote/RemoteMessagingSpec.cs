using Flow.Actors.Remote;
using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Remote;

public sealed class RemoteMessagingSpec
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Address_RemoteSystem_IsTcpAddressWithBoundPort()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("addr", "127.0.0.2");
        Assert.Equal("flow.tcp", a.Address.Protocol);
        Assert.Equal("127.0.0.2", a.Address.Host);
        Assert.NotEqual(0, a.Address.Port);
        Assert.StartsWith($"flow.tcp://addr@127.0.0.2:{a.Address.Port}/user/", a.ActorOf(Props.Create<RemoteEcho>(), "e").Path.ToString());
    }

    [Fact]
    public async Task Selection_IdentifyAcrossNodes_ReturnsRefThatReplies()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var probe = new TestProbe(a);

        a.ActorSelection($"{b.Address}/user/echo").Tell(new Identify(7), probe.Ref);
        var identity = await probe.ExpectMsgAsync<ActorIdentity>(Timeout);
        Assert.Equal(7, identity.MessageId);
        Assert.NotNull(identity.Subject);
        Assert.Equal($"{b.Address}/user/echo", identity.Subject!.Path.ToString());

        identity.Subject.Tell("hello", probe.Ref);
        Assert.Equal("hello", await probe.ExpectMsgAsync<string>(Timeout));
        Assert.Equal(identity.Subject, probe.LastSender);
    }

    [Fact]
    public async Task Selection_NoActorAtRemotePath_IdentifiesAsNull()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        var probe = new TestProbe(a);
        a.ActorSelection($"{b.Address}/user/nobody").Tell(new Identify("x"), probe.Ref);
        var identity = await probe.ExpectMsgAsync<ActorIdentity>(Timeout);
        Assert.Equal("x", identity.MessageId);
        Assert.Null(identity.Subject);
    }

    [Fact]
    public async Task Ask_RemoteActor_ReplyReachesTempPathOnAskerNode()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        Assert.Equal(42, await echo.Ask<int>(42, Timeout));
        Assert.Equal("text", await echo.Ask<string>("text", Timeout));
        Assert.Equal(new Greeting("hi"), await echo.Ask<Greeting>(new Greeting("hi"), Timeout));
        Assert.Equal(0, a.TempContainer.Count);
    }

    [Fact]
    public async Task Ask_RemoteReplyIsStatusFailure_ThrowsRemoteFailureNamingTypeAndMessage()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<Failer>(), "failer");
        var failer = await a.ActorSelection($"{b.Address}/user/failer").ResolveOne(Timeout);
        var error = await Assert.ThrowsAsync<RemoteFailureException>(() => failer.Ask<string>("way", Timeout));
        Assert.Equal("System.InvalidOperationException", error.RemoteType);
        Assert.Equal("no way", error.RemoteMessage);
    }

    [Fact]
    public async Task Tell_RefInsideMessage_ResolvesOnReceiverAndRepliesBack()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<CarrierReplier>(), "replier");
        var probe = new TestProbe(a);
        var replier = await a.ActorSelection($"{b.Address}/user/replier").ResolveOne(Timeout);
        replier.Tell(new Carrier(probe.Ref, "ping"), null);
        Assert.Equal(new Greeting("re: ping"), await probe.ExpectMsgAsync<Greeting>(Timeout));
        Assert.Equal(replier, probe.LastSender);
    }

    [Fact]
    public async Task Tell_ManyMessagesFromOneSender_ArriveInOrderExactlyOnce()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var probe = new TestProbe(a);
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        const int count = 5000;
        for (var i = 0; i < count; i++)
        {
            echo.Tell(new Numbered(i), probe.Ref);
        }

        var received = await probe.ReceiveNAsync(count, TimeSpan.FromSeconds(20));
        Assert.Equal(Enumerable.Range(0, count), received.Cast<Numbered>().Select(n => n.N));
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Tell_UnregisteredType_ThrowsArgumentExceptionNamingType()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        var error = Assert.Throws<ArgumentException>(() => echo.Tell(new Unregistered(1), null));
        Assert.Contains(typeof(Unregistered).FullName!, error.Message);
        Assert.Contains("not registered", error.Message);
        var askError = await Assert.ThrowsAsync<ArgumentException>(() => echo.Ask<object>(new Unregistered(2), Timeout));
        Assert.Contains(typeof(Unregistered).FullName!, askError.Message);
        var selectionError = Assert.Throws<ArgumentException>(() => a.ActorSelection($"{b.Address}/user/echo").Tell(new Unregistered(3)));
        Assert.Contains(typeof(Unregistered).FullName!, selectionError.Message);
        Assert.Equal(0, a.TempContainer.Count);
    }

    [Fact]
    public async Task Tell_TypeUnknownToReceiver_DroppedAndAssociationSurvives()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2", s => s with { Serialization = RemoteNodes.Registry().RegisterJson<Unregistered>(1500) });
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var probe = new TestProbe(a);
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        echo.Tell(new Unregistered(1), probe.Ref);
        echo.Tell("after", probe.Ref);
        Assert.Equal("after", await probe.ExpectMsgAsync<string>(Timeout));
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Tell_BothNodesDialAtOnce_OneAssociationCarriesBothWays()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        var probeA = new TestProbe(a);
        var probeB = new TestProbe(b);
        a.ActorOf(Props.Create<RemoteEcho>(), "echo");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echoOnB = RemoteNodes.Transport(a).ResolveRemote(ActorPath.Parse($"{b.Address}/user/echo"));
        var echoOnA = RemoteNodes.Transport(b).ResolveRemote(ActorPath.Parse($"{a.Address}/user/echo"));

        await Task.WhenAll(
            Task.Run(() => { for (var i = 0; i < 100; i++) { echoOnB.Tell(new Identify(i), probeA.Ref); } }),
            Task.Run(() => { for (var i = 0; i < 100; i++) { echoOnA.Tell(new Identify(i), probeB.Ref); } }));

        Assert.Equal(100, (await probeA.ReceiveNAsync(100, Timeout)).Count);
        Assert.Equal(100, (await probeB.ReceiveNAsync(100, Timeout)).Count);
        await TestKit.TestKit.AwaitAssertAsync(() =>
        {
            Assert.True(RemoteNodes.Transport(a).FindAssociation(b.Address)!.IsConnected);
            Assert.True(RemoteNodes.Transport(b).FindAssociation(a.Address)!.IsConnected);
            Assert.Equal(RemoteNodes.Transport(b).Uid, RemoteNodes.Transport(a).FindAssociation(b.Address)!.RemoteUid);
            Assert.Equal(RemoteNodes.Transport(a).Uid, RemoteNodes.Transport(b).FindAssociation(a.Address)!.RemoteUid);
        }, Timeout);
    }

    [Fact]
    public async Task Selection_WildcardAcrossNodes_EveryMatchAnswers()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<RemoteEcho>(), "worker-1");
        b.ActorOf(Props.Create<RemoteEcho>(), "worker-2");
        b.ActorOf(Props.Create<RemoteEcho>(), "other");
        var probe = new TestProbe(a);
        a.ActorSelection($"{b.Address}/user/worker-*").Tell(new Identify(1), probe.Ref);
        var names = (await probe.ReceiveNAsync(2, Timeout)).Cast<ActorIdentity>().Select(i => i.Subject!.Path.Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(["worker-1", "worker-2"], names);
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Ask_ProtobufUserType_RoundTripsByItsGeneratedParser()
    {
        await using var nodes = new RemoteNodes();
        static RemoteSettings WithProto(RemoteSettings s) => s with { Serialization = RemoteNodes.Registry().RegisterProtobuf<Flow.Actors.Remote.Wire.Chunk>(1100) };
        var a = nodes.Start("a", "127.0.0.2", WithProto);
        var b = nodes.Start("b", "127.0.0.3", WithProto);
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        var message = new Flow.Actors.Remote.Wire.Chunk { MessageId = 3, Last = true, Data = Google.Protobuf.ByteString.CopyFrom(new byte[300_000]) };
        Assert.Equal(message, await echo.Ask<Flow.Actors.Remote.Wire.Chunk>(message, Timeout));
    }
}
