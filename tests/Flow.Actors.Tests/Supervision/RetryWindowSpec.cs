using Flow.Actors.Supervision;
using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Supervision;

public sealed class RetryWindowSpec : TestKit.TestKit
{
    private static readonly TimeSpan s_window = TimeSpan.FromSeconds(10);

    public RetryWindowSpec()
        : base(new ActorSystemSetup { TimeProvider = new ManualTimeProvider() })
    {
    }

    [Fact]
    public async Task OneForOne_MoreFailuresThanRetriesWithinWindow_ChildStopped()
    {
        var child = await SpawnAsync(new OneForOneStrategy(2, s_window, _ => Directive.Restart));
        await FailAndExpectRestartAsync(child);
        Clock!.Advance(TimeSpan.FromSeconds(9));
        await FailAndExpectRestartAsync(child);
        child.Tell(new Fail("third"), TestActor);
        Assert.Equal("c:postStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(child);
    }

    [Fact]
    public async Task OneForOne_FailuresSpreadBeyondWindow_CountResets()
    {
        var child = await SpawnAsync(new OneForOneStrategy(2, s_window, _ => Directive.Restart));
        await FailAndExpectRestartAsync(child);
        await FailAndExpectRestartAsync(child);
        Clock!.Advance(s_window + TimeSpan.FromTicks(1));
        await FailAndExpectRestartAsync(child);
        await FailAndExpectRestartAsync(child);
        child.Tell(new Fail("fifth"), TestActor);
        Assert.Equal("c:postStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(child);
    }

    [Fact]
    public async Task OneForOne_ZeroRetries_FirstFailureStops()
    {
        var child = await SpawnAsync(new OneForOneStrategy(0, s_window, _ => Directive.Restart));
        child.Tell(new Fail("once"), TestActor);
        Assert.Equal("c:postStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(child);
    }

    [Fact]
    public async Task OneForOne_NoWindow_RetriesCountedForever()
    {
        var child = await SpawnAsync(new OneForOneStrategy(1, Timeout.InfiniteTimeSpan, _ => Directive.Restart));
        await FailAndExpectRestartAsync(child);
        Clock!.Advance(TimeSpan.FromDays(1));
        child.Tell(new Fail("again"), TestActor);
        Assert.Equal("c:postStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(child);
    }

    [Fact]
    public async Task AllForOne_RetriesExceeded_AllChildrenStopped()
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new AllForOneStrategy(1, s_window, _ => Directive.Restart))));
        supervisor.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "c")), "c"), TestActor);
        var c = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("c:preStart", await ExpectMsgAsync<string>());
        supervisor.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "d")), "d"), TestActor);
        var d = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("d:preStart", await ExpectMsgAsync<string>());
        Watch(c);
        Watch(d);
        c.Tell(new Fail("1"), TestActor);
        Assert.Equal(8, (await ReceiveNAsync(8)).Count);
        c.Tell(new Fail("2"), TestActor);
        var events = await ReceiveNAsync(4);
        Assert.Equal(["c:postStop", "d:postStop"], events.OfType<string>().Order(StringComparer.Ordinal));
        Assert.Equal(2, events.OfType<Terminated>().Count());
    }

    private async Task<IActorRef> SpawnAsync(SupervisorStrategy strategy)
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(strategy)));
        supervisor.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "c")), "c"), TestActor);
        var child = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("c:preStart", await ExpectMsgAsync<string>());
        Watch(child);
        return child;
    }

    private async Task FailAndExpectRestartAsync(IActorRef child)
    {
        child.Tell(new Fail("f"), TestActor);
        Assert.Equal(["c:postRestart:f", "c:postStop", "c:preRestart:f:f", "c:preStart"], (await ReceiveNAsync(4)).Cast<string>().Order(StringComparer.Ordinal));
    }
}
