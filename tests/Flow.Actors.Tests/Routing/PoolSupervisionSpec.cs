using Flow.Actors.Routing;
using Flow.Actors.Supervision;

namespace Flow.Actors.Tests.Routing;

public sealed class PoolSupervisionSpec : TestKit.TestKit
{
    [Fact]
    public async Task RouteeThrows_DefaultStrategy_RestartedAndStillRouted()
    {
        var router = Sys.ActorOf(Props.Create(() => new Fragile(TestActor)).WithRouter(new RoundRobinPool(1)), "fragile");
        var routee = Assert.Single(await router.RouteesAsync()).ActorOf();
        router.Tell("fail", TestActor);
        var restarted = await ExpectMsgAsync<Restarted>();
        Assert.Equal(routee, restarted.Routee);
        Assert.Equal("boom", restarted.Reason);
        router.Tell("after", TestActor);
        Assert.Equal("after", await ExpectMsgAsync<string>());
        Assert.Equal(routee, Assert.Single(await router.RouteesAsync()).ActorOf());
    }

    [Fact]
    public async Task RouteeThrows_StoppingStrategy_RemovedAndOthersKeepRouting()
    {
        var pool = new RoundRobinPool(2) { SupervisorStrategy = new OneForOneStrategy(_ => Directive.Stop) };
        var router = Sys.ActorOf(Props.Create(() => new Fragile(TestActor)).WithRouter(pool), "stopping");
        var routees = await router.RouteesAsync();
        Watch(routees[0].ActorOf());
        routees[0].ActorOf().Tell("fail", TestActor);
        await ExpectTerminatedAsync(routees[0].ActorOf());
        await AwaitAssertAsync(async () => Assert.Equal([routees[1]], await router.RouteesAsync()));
        router.Tell("still", TestActor);
        Assert.Equal("still", await ExpectMsgAsync<string>());
        Assert.Equal(routees[1].ActorOf(), LastSender);
    }

    [Fact]
    public async Task RouteeStopped_IsRemoved()
    {
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinPool(3)), "shrinking");
        var routees = await router.RouteesAsync();
        routees[1].ActorOf().Tell(PoisonPill.Instance, null);
        await AwaitAssertAsync(async () => Assert.Equal([routees[0], routees[2]], await router.RouteesAsync()));
    }

    [Fact]
    public async Task BroadcastPoisonPill_AllRouteesStop_RouterTerminates()
    {
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinPool(3)), "all-gone");
        var routees = await router.RouteesAsync();
        foreach (var r in routees)
        {
            Watch(r.ActorOf());
        }

        Watch(router);
        router.Tell(new Broadcast(PoisonPill.Instance), null);
        var terminated = await ReceiveNAsync(4);
        var stopped = terminated.Cast<Terminated>().Select(t => t.ActorRef).ToHashSet();
        Assert.Equal([.. routees.Select(r => r.ActorOf()), router], stopped);
    }

    [Fact]
    public async Task PoisonPill_ToRouter_StopsRouterAndRoutees()
    {
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinPool(2)), "pill");
        var routees = await router.RouteesAsync();
        foreach (var r in routees)
        {
            Watch(r.ActorOf());
        }

        Watch(router);
        router.Tell(PoisonPill.Instance, null);
        var stopped = (await ReceiveNAsync(3)).Cast<Terminated>().Select(t => t.ActorRef).ToHashSet();
        Assert.Equal([.. routees.Select(r => r.ActorOf()), router], stopped);
    }

    [Fact]
    public async Task Kill_ToRouter_RouterFailsAndIsStoppedByItsSupervisor()
    {
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinPool(2)), "killed");
        var routee = (await router.RouteesAsync())[0].ActorOf();
        Watch(router);
        Watch(routee);
        router.Tell(Kill.Instance, null);
        var stopped = (await ReceiveNAsync(2)).Cast<Terminated>().Select(t => t.ActorRef).ToHashSet();
        Assert.Equal([router, routee], stopped);
    }

    [Fact]
    public async Task RouteeFailure_EscalatingStrategy_RouterRestartedWithItsRoutees()
    {
        var pool = new RoundRobinPool(1) { SupervisorStrategy = new OneForOneStrategy(_ => Directive.Escalate) };
        var router = Sys.ActorOf(Props.Create(() => new Fragile(TestActor)).WithRouter(pool), "escalating");
        var routee = Assert.Single(await router.RouteesAsync());
        router.Tell("fail", TestActor);

        // The guardian restarts the router, which keeps its routees and restarts them with it.
        Assert.Equal(routee.ActorOf(), (await ExpectMsgAsync<Restarted>()).Routee);
        Assert.Equal([routee], await router.RouteesAsync());
    }
}
