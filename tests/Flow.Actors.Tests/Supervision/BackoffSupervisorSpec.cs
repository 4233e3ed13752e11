using Flow.Actors.Supervision;
using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Supervision;

public sealed class BackoffSupervisorSpec : TestKit.TestKit
{
    public BackoffSupervisorSpec()
        : base(new ActorSystemSetup { TimeProvider = new ManualTimeProvider() })
    {
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 200)]
    [InlineData(2, 400)]
    [InlineData(3, 800)]
    [InlineData(4, 1000)]
    [InlineData(40, 1000)]
    public void BackoffDelay_NoJitter_DoublesUpToMax(int restart, int expectedMs)
    {
        var delay = BackoffDelay.Compute(restart, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), 0.2, 0.0);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }

    [Fact]
    public void BackoffDelay_FullJitter_AddsTheRandomFactor()
    {
        var delay = BackoffDelay.Compute(1, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), 0.5, 1.0);
        Assert.Equal(TimeSpan.FromMilliseconds(300), delay);
    }

    [Fact]
    public async Task OnFailure_ChildThrows_RestartedAfterMinBackoffOnly()
    {
        var options = BackoffOptions.OnFailure(Props.Create(() => new Faulty(TestActor)), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0);
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(options), "backoff");
        await ExpectMsgAsync("started");
        supervisor.Tell("boom", TestActor);
        await AwaitAssertAsync(async () =>
        {
            var child = await supervisor.Ask<CurrentChild>(GetCurrentChild.Instance);
            Assert.Null(child.Ref);
        });
        Clock!.Advance(TimeSpan.FromMilliseconds(999));
        await ExpectNoMsgAsync();
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        await ExpectMsgAsync("started");
        Assert.Equal(1, (await supervisor.Ask<RestartCount>(GetRestartCount.Instance)).Count);
    }

    [Fact]
    public async Task OnFailure_ChildStopsNormally_SupervisorStops()
    {
        var options = BackoffOptions.OnFailure(Props.Create(() => new Faulty(TestActor)), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0);
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(options));
        Watch(supervisor);
        await ExpectMsgAsync("started");
        supervisor.Tell("stop", TestActor);
        await ExpectTerminatedAsync(supervisor);
    }

    [Fact]
    public async Task OnStop_MaxRetriesReached_SupervisorStops()
    {
        var options = BackoffOptions.OnStop(Props.Create(() => new Faulty(TestActor)), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0)
            .WithMaxNrOfRetries(1);
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(options));
        Watch(supervisor);
        await ExpectMsgAsync("started");
        supervisor.Tell("stop", TestActor);
        await AwaitAssertAsync(async () => Assert.Null((await supervisor.Ask<CurrentChild>(GetCurrentChild.Instance)).Ref));
        Clock!.Advance(TimeSpan.FromSeconds(1));
        await ExpectMsgAsync("started");
        supervisor.Tell("stop", TestActor);
        await ExpectTerminatedAsync(supervisor);
    }

    [Fact]
    public async Task Forwarding_ChildAlive_ReceivesMessagesWithOriginalSender()
    {
        var options = BackoffOptions.OnStop(Props.Create(() => new Faulty(TestActor)), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0);
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(options));
        await ExpectMsgAsync("started");
        supervisor.Tell("ping", TestActor);
        Assert.Equal("pong", await ExpectMsgAsync<string>());
    }

    private sealed class Faulty : ReceiveActor
    {
        public Faulty(IActorRef probe)
        {
            Receive<string>(s => s == "boom", _ => throw new InvalidOperationException("boom"));
            Receive<string>(s => s == "stop", _ => Context.Stop(Self));
            Receive<string>(s => s == "ping", _ => Sender.Tell("pong", Self));
            probe.Tell("started", Self);
        }
    }
}
