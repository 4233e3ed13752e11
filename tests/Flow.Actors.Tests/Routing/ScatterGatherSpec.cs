using Flow.Actors.Routing;
using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Routing;

public sealed class ScatterGatherSpec() : TestKit.TestKit(new ActorSystemSetup { TimeProvider = new ManualTimeProvider() })
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Group_TwoRoutees_FirstReplyWinsAndReachesTheSender()
    {
        var p1 = CreateTestProbe("sg1");
        var p2 = CreateTestProbe("sg2");
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new ScatterGatherFirstCompletedGroup(["/user/sg1", "/user/sg2"], Within)), "sg");
        router.Tell("question", TestActor);
        Assert.Equal("question", await p1.ExpectMsgAsync<string>());
        Assert.Equal("question", await p2.ExpectMsgAsync<string>());

        p2.Reply("from p2");
        Assert.Equal("from p2", await ExpectMsgAsync<string>());
        Assert.Equal(p2.Ref, LastSender);
        Assert.Equal(0, Sys.TempContainer.Count);

        p1.Reply("from p1");
        Clock!.Advance(Within);
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Group_NoReply_StatusFailureWithAskTimeoutAfterWithin()
    {
        var p1 = CreateTestProbe("silent1");
        var p2 = CreateTestProbe("silent2");
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new ScatterGatherFirstCompletedGroup(["/user/silent1", "/user/silent2"], Within)), "sg-silent");
        router.Tell("question", TestActor);
        await p1.ExpectMsgAsync<string>();
        await p2.ExpectMsgAsync<string>();

        Clock!.Advance(Within - TimeSpan.FromMilliseconds(1));
        await ExpectNoMsgAsync();
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        var failure = await ExpectMsgAsync<Status.Failure>();
        Assert.IsType<AskTimeoutException>(failure.Cause);
        Assert.Contains("5000 ms", failure.Cause.Message);
        Assert.Equal(0, Sys.TempContainer.Count);
        Assert.Equal(0, Clock.ActiveTimers);

        p1.Reply("too late");
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Pool_Ask_ReturnsTheFirstReply()
    {
        var router = Sys.ActorOf(Props.Create<Echo>().WithRouter(new ScatterGatherFirstCompletedPool(3, Within)), "sg-pool");
        Assert.Equal("ping", await router.Ask<string>("ping", TimeSpan.FromSeconds(10)));
        Assert.Equal(0, Sys.TempContainer.Count);
    }
}
