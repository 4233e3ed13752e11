using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Remote;

public sealed class RemoteDeathWatchSpec
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Watch_RemoteActorStops_WatcherGetsTerminatedOnce()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var probe = new TestProbe(a);
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        probe.Watch(echo);
        echo.Tell("sync", probe.Ref);
        await probe.ExpectMsgAsync("sync", Timeout);

        echo.Tell(PoisonPill.Instance, null);
        var terminated = await probe.ExpectTerminatedAsync(echo, Timeout);
        Assert.True(terminated.ExistenceConfirmed);
        Assert.False(terminated.AddressTerminated);
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(300));
        Assert.Equal(0, RemoteNodes.Transport(a).Watcher.Count);
    }

    [Fact]
    public async Task Watch_RemoteActorThatDoesNotExist_TerminatedWithoutConfirmedExistence()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        var probe = new TestProbe(a);
        var ghost = RemoteNodes.Transport(a).ResolveRemote(ActorPath.Parse($"{b.Address}/user/ghost#12345"));
        probe.Watch(ghost);
        var terminated = await probe.ExpectTerminatedAsync(ghost, Timeout);
        Assert.False(terminated.ExistenceConfirmed);
    }

    [Fact]
    public async Task Unwatch_ThenRemoteActorStops_NoTerminated()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var probe = new TestProbe(a);
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        probe.Watch(echo);
        probe.Unwatch(echo);
        echo.Tell("sync", probe.Ref);
        await probe.ExpectMsgAsync("sync", Timeout);
        echo.Tell(PoisonPill.Instance, null);
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task Watch_RemoteNodeTerminates_EveryWatcherGetsAddressTerminatedWithinBound()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<RemoteEcho>(), "one");
        b.ActorOf(Props.Create<RemoteEcho>(), "two");
        var first = new TestProbe(a);
        var second = new TestProbe(a);
        var one = await a.ActorSelection($"{b.Address}/user/one").ResolveOne(Timeout);
        var two = await a.ActorSelection($"{b.Address}/user/two").ResolveOne(Timeout);
        first.Watch(one);
        first.Watch(two);
        second.Watch(one);
        one.Tell("sync", first.Ref);
        await first.ExpectMsgAsync("sync", Timeout);

        // Kill the node's transport abruptly (no orderly stop of its actors first): only the detector can tell.
        RemoteNodes.Transport(b).Stop();

        var started = DateTime.UtcNow;
        var seen = new List<Terminated>
        {
            await first.ExpectMsgAsync<Terminated>(TimeSpan.FromSeconds(10)),
            await first.ExpectMsgAsync<Terminated>(TimeSpan.FromSeconds(10)),
            await second.ExpectMsgAsync<Terminated>(TimeSpan.FromSeconds(10)),
        };
        Assert.All(seen, t => Assert.True(t.AddressTerminated));
        Assert.Equal(new[] { one, two }.OrderBy(r => r.Path.Name), seen.Take(2).Select(t => t.ActorRef).OrderBy(r => r.Path.Name));
        Assert.Equal(one, seen[2].ActorRef);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "lost within the detector's bound (about 1.5 s, with room for a loaded machine)");
    }

    [Fact]
    public async Task NodeLost_NewIncarnationOnSameAddress_AcceptedAgain()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.2");
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var probe = new TestProbe(a);
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        probe.Watch(echo);
        echo.Tell("sync", probe.Ref);
        await probe.ExpectMsgAsync("sync", Timeout);
        var oldUid = RemoteNodes.Transport(b).Uid;
        var port = b.Address.Port!.Value;

        await b.Terminate();
        await RemoteNodes.Transport(b).WhenStopped;
        // An orderly stop: the death notification is flushed and acknowledged before b closes its connections.
        var terminated = await probe.ExpectMsgAsync<Terminated>(Timeout);
        Assert.Equal(echo, terminated.ActorRef);
        Assert.True(terminated.ExistenceConfirmed);
        Assert.False(terminated.AddressTerminated);

        // A message sent before this node has seen the old connection close would be lost with it (at most once).
        var association = RemoteNodes.Transport(a).FindAssociation(b.Address)!;
        await TestKit.TestKit.AwaitAssertAsync(() => Assert.False(association.IsConnected), Timeout);

        var reborn = nodes.Start("b", "127.0.0.3", s => s with { Port = port });
        Assert.Equal(b.Address, reborn.Address);
        reborn.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var again = await a.ActorSelection($"{reborn.Address}/user/echo").ResolveOne(Timeout);
        Assert.Equal("back", await again.Ask<string>("back", Timeout));
        Assert.Equal(RemoteNodes.Transport(reborn).Uid, RemoteNodes.Transport(a).FindAssociation(b.Address)!.RemoteUid);
        Assert.True(RemoteNodes.Transport(a).IsQuarantined(b.Address, oldUid));
    }

    [Fact]
    public async Task FailureDetector_IdleUnwatchedPeerFallsSilent_DisconnectedNotQuarantined()
    {
        var log = new CapturingLoggerFactory();
        await using var nodes = new RemoteNodes();
        await using var a = ActorSystem.Create("a", new ActorSystemSetup
        {
            Settings = ActorSystemSettings.Default with { Remote = RemoteNodes.Settings("127.0.0.2") },
            LoggerFactory = log,
        });
        var b = nodes.Start("b", "127.0.0.3");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        Assert.Equal("hi", await echo.Ask<string>("hi", Timeout));
        var uid = RemoteNodes.Transport(a).FindAssociation(b.Address)!.RemoteUid;

        RemoteNodes.Transport(b).Stop();
        await TestKit.TestKit.AwaitConditionAsync(
            () => log.Lines.Any(l => l.Text.Contains("disconnected, not quarantined", StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
        Assert.False(RemoteNodes.Transport(a).IsQuarantined(b.Address, uid));
        Assert.DoesNotContain(log.Lines, l => l.Text.StartsWith("Lost ", StringComparison.Ordinal));
    }
}
