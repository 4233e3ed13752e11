using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class GroupRouterSpec : TestKit.TestKit
{
    [Fact]
    public async Task RoundRobinGroup_ThreePaths_RoutesToTheActorsInTurn()
    {
        var workers = new IActorRef[3];
        for (var i = 0; i < 3; i++)
        {
            workers[i] = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)), "w" + i);
        }

        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinGroup("/user/w0", "/user/w1", "/user/w2")), "group");
        for (var i = 0; i < 6; i++)
        {
            router.Tell(i, TestActor);
        }

        var received = (await ReceiveNAsync(6)).ByRoutee();
        Assert.Equal([0, 3], received[workers[0]]);
        Assert.Equal([1, 4], received[workers[1]]);
        Assert.Equal([2, 5], received[workers[2]]);
        Assert.Equal(workers.Select(w => (Routee)new ActorRefRoutee(w)), await router.RouteesAsync());
    }

    [Fact]
    public async Task Group_FullAddressPath_ResolvesLocally()
    {
        var worker = Sys.ActorOf(Props.Create<Echo>(), "addressed");
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new BroadcastGroup(Sys.Address + "/user/addressed")), "by-address");
        Assert.Equal([new ActorRefRoutee(worker)], await router.RouteesAsync());
        router.Tell("hi", TestActor);
        Assert.Equal("hi", await ExpectMsgAsync<string>());
        Assert.Equal(worker, LastSender);
    }

    [Fact]
    public async Task Group_RouteeRecreatedAtTheSamePath_ReceivesAgain()
    {
        var first = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)), "phoenix");
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinGroup("/user/phoenix")), "watching");
        router.Tell("before", null);
        Assert.Equal(first, (await ExpectMsgAsync<Routed>()).Routee);

        Watch(first);
        Sys.Stop(first);
        await ExpectTerminatedAsync(first);
        await AwaitAssertAsync(async () => Assert.IsType<ActorSelectionRoutee>(Assert.Single(await router.RouteesAsync())));

        var second = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)), "phoenix");
        router.Tell("after", null);
        var routed = await ExpectMsgAsync<Routed>();
        Assert.Equal("after", routed.Message);
        Assert.Equal(second, routed.Routee);
    }

    [Fact]
    public async Task Group_PathWithNoActor_MessagesGoToDeadLetters()
    {
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe(deadLetters.Ref, typeof(DeadLetter));
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinGroup("/user/nobody")), "nowhere");
        router.Tell("lost", TestActor);
        await deadLetters.FishForMessageAsync<DeadLetter>(d => Equals(d.Message, "lost"));
    }

    [Fact]
    public async Task Group_EmptyPaths_MessagesGoToDeadLettersNamingTheRouter()
    {
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe(deadLetters.Ref, typeof(DeadLetter));
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinGroup(Array.Empty<string>())), "empty");
        router.Tell("lost", TestActor);
        var letter = await deadLetters.FishForMessageAsync<DeadLetter>(d => Equals(d.Message, "lost"));
        Assert.Equal(router, letter.Recipient);
    }

    [Fact]
    public async Task Group_PoisonPillToRouter_StopsTheRouterOnly()
    {
        var worker = Sys.ActorOf(Props.Create<Echo>(), "survivor");
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinGroup("/user/survivor")), "pilled");
        Watch(router);
        router.Tell(PoisonPill.Instance, null);
        await ExpectTerminatedAsync(router);
        worker.Tell("still here", TestActor);
        Assert.Equal("still here", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Group_BroadcastPoisonPill_ReachesTheRoutees()
    {
        var worker = Sys.ActorOf(Props.Create<Echo>(), "pill-taker");
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinGroup("/user/pill-taker")), "pill-giver");
        Watch(worker);
        router.Tell(new Broadcast(PoisonPill.Instance), null);
        await ExpectTerminatedAsync(worker);
    }
}
