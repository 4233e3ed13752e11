using Flow.Actors.Supervision;

namespace Flow.Actors.Tests.Supervision;

public sealed class AllForOneSpec : TestKit.TestKit
{
    [Fact]
    public async Task Restart_OneChildFails_EverySiblingRestartsWithFreshState()
    {
        var (a, b) = await SpawnPairAsync(Directive.Restart);
        a.Tell("count?", TestActor);
        b.Tell("count?", TestActor);
        Assert.Equal(["a:1", "b:1"], (await ReceiveNAsync(2)).Cast<string>().Order(StringComparer.Ordinal));
        a.Tell(new Fail("x"), TestActor);
        var events = (await ReceiveNAsync(8)).Cast<string>().ToList();
        Assert.Equal(
            ["a:postRestart:x", "a:postStop", "a:preRestart:x:x", "a:preStart", "b:postRestart:x", "b:postStop", "b:preRestart:x:none", "b:preStart"],
            events.Order(StringComparer.Ordinal));
        AssertBefore(events, "a:preRestart:x:x", "a:postRestart:x");
        AssertBefore(events, "b:preRestart:x:none", "b:postRestart:x");
        a.Tell("count?", TestActor);
        b.Tell("count?", TestActor);
        Assert.Equal(["a:1", "b:1"], (await ReceiveNAsync(2)).Cast<string>().Order(StringComparer.Ordinal));
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Resume_OneChildFails_OnlyItResumesAndStateKept()
    {
        var (a, b) = await SpawnPairAsync(Directive.Resume);
        a.Tell("count?", TestActor);
        Assert.Equal("a:1", await ExpectMsgAsync<string>());
        a.Tell(new Fail("x"), TestActor);
        a.Tell("count?", TestActor);
        b.Tell("count?", TestActor);
        Assert.Equal(["a:2", "b:1"], (await ReceiveNAsync(2)).Cast<string>().Order(StringComparer.Ordinal));
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Stop_OneChildFails_EverySiblingStops()
    {
        var (a, b) = await SpawnPairAsync(Directive.Stop);
        Watch(a);
        Watch(b);
        a.Tell(new Fail("x"), TestActor);
        var events = await ReceiveNAsync(4);
        Assert.Equal(2, events.OfType<string>().Count(e => e.EndsWith(":postStop", StringComparison.Ordinal)));
        Assert.Equal(2, events.OfType<Terminated>().Count());
    }

    [Fact]
    public async Task Restart_SiblingBusyWithQueuedMessages_KeepsItsMailbox()
    {
        var (a, b) = await SpawnPairAsync(Directive.Restart);
        b.Tell("m1", TestActor);
        a.Tell(new Fail("x"), TestActor);
        b.Tell("m2", TestActor);
        var events = (await ReceiveNAsync(10)).Cast<string>().ToList();
        Assert.Contains("m1", events);
        Assert.Contains("m2", events);
        AssertBefore(events, "m1", "m2");
    }

    private static void AssertBefore(List<string> events, string first, string second) =>
        Assert.True(events.IndexOf(first) < events.IndexOf(second), $"{first} should come before {second}: [{string.Join(", ", events)}]");

    private async Task<(IActorRef A, IActorRef B)> SpawnPairAsync(Directive directive)
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new AllForOneStrategy(_ => directive))));
        supervisor.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "a")), "a"), TestActor);
        var a = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("a:preStart", await ExpectMsgAsync<string>());
        supervisor.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "b")), "b"), TestActor);
        var b = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("b:preStart", await ExpectMsgAsync<string>());
        return (a, b);
    }
}
