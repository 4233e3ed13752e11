using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Actor;

public sealed class AskSpec : TestKit.TestKit
{
    public AskSpec()
        : base(new ActorSystemSetup { TimeProvider = new ManualTimeProvider() })
    {
    }

    [Fact]
    public async Task Ask_Reply_ReturnedAndNothingLeftRegistered()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        Assert.Equal("hi", await echo.Ask<string>("hi"));
        Assert.Equal(0, Sys.TempContainer.Count);
        Assert.Equal(0, Clock!.ActiveTimers);
    }

    [Fact]
    public async Task Ask_StatusFailureReply_ThrowsItsCause()
    {
        var actor = Sys.ActorOf(Props.Create<Replier>());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => actor.Ask<string>("fail"));
        Assert.Equal("requested failure", error.Message);
        Assert.Equal(0, Sys.TempContainer.Count);
    }

    [Fact]
    public async Task Ask_StatusFailureReplyAskingForObject_ThrowsItsCause()
    {
        var actor = Sys.ActorOf(Props.Create<Replier>());
        await Assert.ThrowsAsync<InvalidOperationException>(() => actor.Ask<object>("fail"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => actor.Ask("fail"));
    }

    [Fact]
    public async Task Ask_StatusFailureAskingForStatus_ReturnsTheFailure()
    {
        var actor = Sys.ActorOf(Props.Create<Replier>());
        var failure = await actor.Ask<Status.Failure>("fail");
        Assert.IsType<InvalidOperationException>(failure.Cause);
    }

    [Fact]
    public async Task Ask_ReplyOfWrongType_ThrowsInvalidCastNamingTypes()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        var error = await Assert.ThrowsAsync<InvalidCastException>(() => echo.Ask<int>("text"));
        Assert.Contains("Int32", error.Message);
        Assert.Contains("String", error.Message);
    }

    [Fact]
    public async Task Ask_NoReply_TimesOutOnManualClockAndUnregisters()
    {
        var probe = CreateTestProbe();
        var task = probe.Ref.Ask<string>("q", TimeSpan.FromSeconds(2));
        await probe.ExpectMsgAsync("q");
        Clock!.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(task.IsCompleted);
        Clock.Advance(TimeSpan.FromSeconds(0.1));
        await Assert.ThrowsAsync<AskTimeoutException>(() => task);
        Assert.Equal(0, Sys.TempContainer.Count);
        Assert.Equal(0, Clock.ActiveTimers);
    }

    [Fact]
    public async Task Ask_LateReplyAfterTimeout_IsDroppedNotDeadLettered()
    {
        var probe = CreateTestProbe();
        var task = probe.Ref.Ask<string>("q", TimeSpan.FromSeconds(1));
        await probe.ExpectMsgAsync("q");
        var asker = probe.LastSender!;
        Clock!.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<AskTimeoutException>(() => task);
        probe.Reply("late");
        Assert.True(((IInternalActorRef)asker).IsTerminated);
    }

    [Fact]
    public async Task Ask_DefaultTimeout_UsesSystemSetting()
    {
        var probe = CreateTestProbe();
        var task = probe.Ref.Ask<string>("q");
        await probe.ExpectMsgAsync("q");
        Clock!.Advance(Sys.Settings.AskTimeout - TimeSpan.FromTicks(1));
        Assert.False(task.IsCompleted);
        Clock.Advance(TimeSpan.FromTicks(1));
        await Assert.ThrowsAsync<AskTimeoutException>(() => task);
    }

    [Fact]
    public async Task Ask_Canceled_TaskCanceledAndUnregistered()
    {
        var probe = CreateTestProbe();
        using var cts = new CancellationTokenSource();
        var task = probe.Ref.Ask<string>("q", TimeSpan.FromSeconds(10), cts.Token);
        await probe.ExpectMsgAsync("q");
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.True(task.IsCanceled);
        Assert.Equal(0, Sys.TempContainer.Count);
        Assert.Equal(0, Clock!.ActiveTimers);
    }

    [Fact]
    public async Task Ask_AlreadyCanceledToken_CanceledAndUnregistered()
    {
        var probe = CreateTestProbe();
        var task = probe.Ref.Ask<string>("q", TimeSpan.FromSeconds(10), new CancellationToken(canceled: true));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.Equal(0, Sys.TempContainer.Count);
        Assert.Equal(0, Clock!.ActiveTimers);
    }

    [Fact]
    public async Task Ask_DeadActor_FailsFastWithoutWaitingForTimeout()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>(), "dead");
        Watch(echo);
        Sys.Stop(echo);
        await ExpectTerminatedAsync(echo);
        var before = Sys.DeadLetterCount;
        var task = echo.Ask<string>("anyone?", TimeSpan.FromSeconds(10));
        Assert.True(task.IsFaulted);
        var error = await Assert.ThrowsAsync<ActorTerminatedException>(() => task);
        Assert.Contains("/user/dead", error.Message);
        Assert.Equal(before + 1, Sys.DeadLetterCount);
        Assert.Equal(0, Sys.TempContainer.Count);
    }

    [Fact]
    public async Task Ask_ActorStopsWithQuestionQueued_FailsWithoutTimeout()
    {
        var release = new TaskCompletionSource();
        var actor = Sys.ActorOf(Props.Create(() => new Blocker(TestActor, release.Task)));
        actor.Tell("block", TestActor);
        await ExpectMsgAsync("blocked");
        var task = actor.Ask<string>("question", TimeSpan.FromSeconds(10));
        Sys.Stop(actor);
        release.SetResult();
        await Assert.ThrowsAsync<ActorTerminatedException>(() => task);
        Assert.Equal(0, Sys.TempContainer.Count);
    }

    [Fact]
    public async Task Ask_ManyConcurrent_AllAnsweredAndNothingLeaks()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        var tasks = Enumerable.Range(0, 1000).Select(i => echo.Ask<int>(i)).ToArray();
        var results = await Task.WhenAll(tasks);
        Assert.Equal(Enumerable.Range(0, 1000), results);
        Assert.Equal(0, Sys.TempContainer.Count);
        Assert.Equal(0, Clock!.ActiveTimers);
    }

    private sealed class Replier : ReceiveActor
    {
        public Replier() => Receive<string>(s => s == "fail", _ => Sender.Tell(new Status.Failure(new InvalidOperationException("requested failure")), Self));
    }

    private sealed class Blocker : ReceiveActor
    {
        public Blocker(IActorRef probe, Task release)
        {
            Receive<string>(s => s == "block", _ =>
            {
                probe.Tell("blocked", Self);
                release.Wait();
            });
            ReceiveAny(m => Sender.Tell(m, Self));
        }
    }
}
