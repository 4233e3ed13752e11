using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Remote;

/// <summary>System messages (watch, unwatch, death notifications) survive a dropped connection: resent until acknowledged.</summary>
public sealed class RemoteSystemMessageSpec
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Watch_ConnectionDroppedRightAfterWatch_WatchResentAndTerminatedDelivered()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.12");
        var b = nodes.Start("b", "127.0.0.13");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var probe = new TestProbe(a);
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        var association = RemoteNodes.Transport(a).FindAssociation(b.Address)!;

        for (var round = 0; round < 3; round++)
        {
            // Drop the connection with the watch possibly unsent or unacknowledged.
            probe.Watch(echo);
            association.Stop();
            probe.Unwatch(echo);
            association.Stop();
        }

        probe.Watch(echo);
        association.Stop();
        await TestKit.TestKit.AwaitAssertAsync(() => Assert.True(association.IsConnected), Timeout);
        echo.Tell("sync", probe.Ref);
        await probe.ExpectMsgAsync("sync", Timeout);

        echo.Tell(PoisonPill.Instance, null);
        var terminated = await probe.ExpectTerminatedAsync(echo, Timeout);
        Assert.True(terminated.ExistenceConfirmed);
        Assert.False(terminated.AddressTerminated);
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task DeathNotification_ManyWatchersManyActors_EachWatcherNotifiedOncePerActor()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.12");
        var b = nodes.Start("b", "127.0.0.13");
        const int actors = 20;
        var refs = new List<IActorRef>();
        for (var i = 0; i < actors; i++)
        {
            b.ActorOf(Props.Create<RemoteEcho>(), "e" + i);
            refs.Add(await a.ActorSelection($"{b.Address}/user/e{i}").ResolveOne(Timeout));
        }

        var watchers = new[] { new TestProbe(a), new TestProbe(a) };
        foreach (var watcher in watchers)
        {
            foreach (var r in refs)
            {
                watcher.Watch(r);
            }
        }

        foreach (var r in refs)
        {
            r.Tell("sync", watchers[0].Ref);
        }

        await watchers[0].ReceiveNAsync(actors, Timeout);
        foreach (var r in refs)
        {
            r.Tell(PoisonPill.Instance, null);
        }

        foreach (var watcher in watchers)
        {
            var seen = (await watcher.ReceiveNAsync(actors, Timeout)).Cast<Terminated>().Select(t => t.ActorRef.Path.Name).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(refs.Select(r => r.Path.Name).OrderBy(n => n, StringComparer.Ordinal), seen);
            await watcher.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
        }
    }
}
