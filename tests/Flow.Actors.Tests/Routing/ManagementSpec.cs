using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class ManagementSpec : TestKit.TestKit
{
    [Fact]
    public async Task AdjustPoolSize_UpThenDown_AddsNewAndStopsTheLast()
    {
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinPool(3)), "adjusted");
        var original = await router.RouteesAsync();
        router.Tell(new AdjustPoolSize(2), null);
        var grown = await router.RouteesAsync();
        Assert.Equal(5, grown.Count);
        Assert.Equal(original, grown.Take(3));

        foreach (var r in grown.Skip(2))
        {
            Watch(r.ActorOf());
        }

        router.Tell(new AdjustPoolSize(-3), null);
        Assert.Equal(original.Take(2), await router.RouteesAsync());
        var stopped = (await ReceiveNAsync(3)).Cast<Terminated>().Select(t => t.ActorRef).ToHashSet();
        Assert.Equal(grown.Skip(2).Select(r => r.ActorOf()).ToHashSet(), stopped);
    }

    [Fact]
    public async Task AddRoutee_Probe_GetsItsTurn()
    {
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(new RoundRobinPool(1)), "added");
        var extra = CreateTestProbe();
        router.Tell(new AddRoutee(new ActorRefRoutee(extra.Ref)), null);
        Assert.Equal(2, (await router.RouteesAsync()).Count);
        router.Tell("one", TestActor);
        router.Tell("two", TestActor);
        Assert.Equal("one", (await ExpectMsgAsync<Routed>()).Message);
        Assert.Equal("two", await extra.ExpectMsgAsync<string>());
        Assert.Equal(TestActor, extra.LastSender);
    }

    [Fact]
    public async Task RemoveRoutee_PoolChild_IsStoppedAndNoLongerRouted()
    {
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(new RoundRobinPool(2)), "removed");
        var routees = await router.RouteesAsync();
        Watch(routees[0].ActorOf());
        router.Tell(new RemoveRoutee(new ActorRefRoutee(routees[0].ActorOf())), null);
        Assert.Equal([routees[1]], await router.RouteesAsync());
        await ExpectTerminatedAsync(routees[0].ActorOf());
        router.Tell("x", null);
        router.Tell("y", null);
        var received = (await ReceiveNAsync(2)).ByRoutee();
        Assert.Equal(["x", "y"], received[routees[1].ActorOf()]);
    }

    [Fact]
    public async Task RemoveRoutee_LastOne_RouterStops()
    {
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinPool(1)), "last");
        var routee = Assert.Single(await router.RouteesAsync());
        Watch(router);
        router.Tell(new RemoveRoutee(routee), null);
        await ExpectTerminatedAsync(router);
    }

    [Fact]
    public async Task RemoveRoutee_GroupMember_IsNotStopped()
    {
        var p1 = CreateTestProbe("member1");
        var p2 = CreateTestProbe("member2");
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinGroup("/user/member1", "/user/member2")), "group-removed");
        Assert.Equal([new ActorRefRoutee(p1.Ref), new ActorRefRoutee(p2.Ref)], await router.RouteesAsync());
        router.Tell(new RemoveRoutee(new ActorRefRoutee(p1.Ref)), null);
        Assert.Equal([new ActorRefRoutee(p2.Ref)], await router.RouteesAsync());
        router.Tell("a", null);
        router.Tell("b", null);
        Assert.Equal("a", await p2.ExpectMsgAsync<string>());
        Assert.Equal("b", await p2.ExpectMsgAsync<string>());
        await p1.ExpectNoMsgAsync();
        p1.Ref.Tell("alive", TestActor);
        Assert.Equal("alive", await p1.ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task AdjustPoolSize_Group_Ignored()
    {
        CreateTestProbe("only");
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RandomGroup("/user/only")), "group-adjusted");
        router.Tell(new AdjustPoolSize(3), null);
        Assert.Single(await router.RouteesAsync());
    }
}
