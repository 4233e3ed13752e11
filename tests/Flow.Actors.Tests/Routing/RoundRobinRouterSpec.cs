using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class RoundRobinRouterSpec : TestKit.TestKit
{
    [Fact]
    public async Task Pool_SixMessages_EachRouteeGetsItsTurnsInOrder()
    {
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(new RoundRobinPool(3)), "rr");
        var routees = await router.RouteesAsync();
        for (var i = 0; i < 6; i++)
        {
            router.Tell(i, null);
        }

        var received = (await ReceiveNAsync(6)).ByRoutee();
        Assert.Equal([0, 3], received[routees[0].ActorOf()]);
        Assert.Equal([1, 4], received[routees[1].ActorOf()]);
        Assert.Equal([2, 5], received[routees[2].ActorOf()]);
    }

    [Fact]
    public async Task Pool_RouteeReplies_ReachTheOriginalSender()
    {
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinPool(2)), "echoes");
        var routees = await router.RouteesAsync();
        router.Tell("first", TestActor);
        Assert.Equal("first", await ExpectMsgAsync<string>());
        Assert.Equal(routees[0].ActorOf(), LastSender);
        router.Tell("second", TestActor);
        Assert.Equal("second", await ExpectMsgAsync<string>());
        Assert.Equal(routees[1].ActorOf(), LastSender);
        Assert.Equal("third", await router.Ask<string>("third", TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task Pool_RouteesAreChildrenOfTheRouter()
    {
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinPool(3)), "parent");
        var routees = await router.RouteesAsync();
        Assert.Equal(3, routees.Count);
        Assert.All(routees, r => Assert.Equal(router.Path, r.ActorOf().Path.Parent));
        Assert.Equal(3, routees.Select(r => r.ActorOf()).Distinct().Count());
    }

    [Fact]
    public async Task Pool_MessageToTheRouterActorsOwnRef_IsRoutedToo()
    {
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(new RoundRobinPool(2)), "own-ref");
        var identity = await router.Ask<ActorIdentity>(new Identify(7), TimeSpan.FromSeconds(3));
        Assert.Equal(router, identity.Subject);

        // GetRoutees is answered by the router actor itself: its ref as sender is the actor's own, not the routed one.
        await router.Ask<Routees>(GetRoutees.Instance, TimeSpan.FromSeconds(3));
        var self = ((RoutedActorRef)router).Cell;
        self.Tell("via-mailbox", TestActor);
        var routed = await ExpectMsgAsync<Routed>();
        Assert.Equal("via-mailbox", routed.Message);
        Assert.Equal(TestActor, LastSender);
    }

    [Fact]
    public async Task Selection_OfTheRouterPath_Routes()
    {
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(new RoundRobinPool(2)), "selected");
        Sys.ActorSelection("/user/selected").Tell("hello", TestActor);
        Assert.Equal("hello", (await ExpectMsgAsync<Routed>()).Message);
        var resolved = await Sys.ActorSelection("/user/selected").ResolveOne(TimeSpan.FromSeconds(3));
        Assert.Equal(router, resolved);
    }

    [Fact]
    public async Task Router_Stopped_MessagesGoToDeadLetters()
    {
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe(deadLetters.Ref, typeof(DeadLetter));
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinGroup("/user/nobody")), "stopped");
        Watch(router);
        Sys.Stop(router);
        await ExpectTerminatedAsync(router);
        router.Tell("late", TestActor);
        var letter = await deadLetters.FishForMessageAsync<DeadLetter>(d => Equals(d.Message, "late"));
        Assert.Equal(router, letter.Recipient);
    }

    [Fact]
    public void Pool_ZeroInstancesWithoutResizer_ThrowsAtActorOf()
    {
        var error = Assert.Throws<ArgumentException>(() => Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinPool(0)), "empty"));
        Assert.Contains("/user/empty", error.Message);
    }
}
