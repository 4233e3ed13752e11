using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class ResizingPoolSpec : TestKit.TestKit
{
    [Fact]
    public async Task Pool_NoInstancesWithResizer_StartsAtTheLowerBound()
    {
        var pool = new RoundRobinPool(0) { Resizer = new DefaultResizer(3, 5) };
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(pool), "lower");
        Assert.Equal(3, (await router.RouteesAsync()).Count);
    }

    [Fact]
    public async Task Pool_IdleAtStart_InitialResizeBacksOff()
    {
        var settings = new ResizerSettings { LowerBound = 1, UpperBound = 5, BackoffRate = 0.5 };
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new RoundRobinPool(5) { Resizer = new DefaultResizer(settings) }), "backoff");

        // No routee is busy: floor(-0.5 * 5) = -3.
        Assert.Equal(2, (await router.RouteesAsync()).Count);
    }

    [Fact]
    public async Task RunningPool_EveryRouteeBusy_GrowsByTheRampup()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var settings = new ResizerSettings { LowerBound = 2, UpperBound = 4, RampupRate = 0.5, BackoffThreshold = 0, MessagesPerResize = 4 };
        var pool = new RoundRobinPool(2) { Resizer = new DefaultResizer(settings) };
        var router = Sys.ActorOf(Props.Create(() => new GatedWorker(TestActor, gate.Task)).WithRouter(pool), "growing");
        var before = await router.RouteesAsync();
        Assert.Equal(2, before.Count);

        // Two messages each: every routee has one in progress and one waiting when the 4th message triggers the resize.
        for (var i = 1; i <= 4; i++)
        {
            router.Tell("m" + i, null);
        }

        var after = await router.RouteesAsync();
        Assert.Equal(3, after.Count);
        Assert.Equal(before, after.Take(2));
        gate.SetResult();
        var received = (await ReceiveNAsync(4)).ByRoutee();
        Assert.Equal(["m1", "m3"], received[before[0].ActorOf()]);
        Assert.Equal(["m2", "m4"], received[before[1].ActorOf()]);
    }

    [Fact]
    public async Task RunningPool_AtTheUpperBound_DoesNotGrow()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var settings = new ResizerSettings { LowerBound = 2, UpperBound = 2, BackoffThreshold = 0, MessagesPerResize = 4 };
        var router = Sys.ActorOf(Props.Create(() => new GatedWorker(TestActor, gate.Task)).WithRouter(new RoundRobinPool(2) { Resizer = new DefaultResizer(settings) }), "capped");
        for (var i = 1; i <= 8; i++)
        {
            router.Tell("m" + i, null);
        }

        Assert.Equal(2, (await router.RouteesAsync()).Count);
        gate.SetResult();
        await ReceiveNAsync(8);
    }

    [Fact]
    public async Task ResizingPool_AllRouteesStopped_RouterKeepsRunning()
    {
        var pool = new RoundRobinPool(1) { Resizer = new DefaultResizer(new ResizerSettings { LowerBound = 1, UpperBound = 3, MessagesPerResize = 1000 }) };
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(pool), "resilient");
        var routee = Assert.Single(await router.RouteesAsync()).ActorOf();
        Watch(routee);
        routee.Tell(PoisonPill.Instance, null);
        await ExpectTerminatedAsync(routee);
        await AwaitAssertAsync(async () => Assert.Empty(await router.RouteesAsync()));
        router.Tell(new AdjustPoolSize(1), null);
        Assert.Single(await router.RouteesAsync());
        router.Tell("back", TestActor);
        Assert.Equal("back", await ExpectMsgAsync<string>());
    }
}
