using Flow.Actors.Routing;
using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Routing;

public sealed class TailChoppingSpec() : TestKit.TestKit(new ActorSystemSetup { TimeProvider = new ManualTimeProvider() })
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Group_NoReply_NextRouteeEveryIntervalThenTimeout()
    {
        var probes = Probes("tc", 3);
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new TailChoppingGroup(["/user/tc0", "/user/tc1", "/user/tc2"], Within, Interval)), "tc");
        router.Tell("question", TestActor);
        await AwaitConditionAsync(() => probes.Count(p => p.HasMessages) == 1);
        Clock!.Advance(Interval);
        await AwaitConditionAsync(() => probes.Count(p => p.HasMessages) == 2);
        Clock.Advance(Interval);
        await AwaitConditionAsync(() => probes.Count(p => p.HasMessages) == 3);
        foreach (var probe in probes)
        {
            Assert.Equal("question", await probe.ExpectMsgAsync<string>());
        }

        Clock.Advance(Within - (2 * Interval) - TimeSpan.FromMilliseconds(1));
        await ExpectNoMsgAsync();
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.IsType<AskTimeoutException>((await ExpectMsgAsync<Status.Failure>()).Cause);
        Assert.Equal(0, Sys.TempContainer.Count);
        Assert.Equal(0, Clock.ActiveTimers);
        Assert.All(probes, p => Assert.False(p.HasMessages));
    }

    [Fact]
    public async Task Group_FirstRouteeReplies_NoOtherIsTriedAndNoTimeout()
    {
        var probes = Probes("fast", 3);
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new TailChoppingGroup(["/user/fast0", "/user/fast1", "/user/fast2"], Within, Interval)), "tc-fast");
        router.Tell("question", TestActor);
        await AwaitConditionAsync(() => probes.Count(p => p.HasMessages) == 1);
        var first = probes.Single(p => p.HasMessages);
        Assert.Equal("question", await first.ExpectMsgAsync<string>());
        first.Reply("answer");
        Assert.Equal("answer", await ExpectMsgAsync<string>());
        Assert.Equal(first.Ref, LastSender);

        Clock!.Advance(Within);
        await ExpectNoMsgAsync();
        Assert.All(probes, p => Assert.False(p.HasMessages));
        Assert.Equal(0, Sys.TempContainer.Count);
    }

    [Fact]
    public async Task Pool_Ask_ReturnsTheReply()
    {
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new TailChoppingPool(3, Within, Interval)), "tc-pool");
        Assert.Equal(42, await router.Ask<int>(42, TimeSpan.FromSeconds(30)));
    }

    private List<TestProbe> Probes(string prefix, int count)
    {
        var probes = new List<TestProbe>();
        for (var i = 0; i < count; i++)
        {
            probes.Add(CreateTestProbe(prefix + i));
        }

        return probes;
    }
}
