using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Actor;

public sealed class ReceiveTimeoutSpec : TestKit.TestKit
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    public ReceiveTimeoutSpec()
        : base(new ActorSystemSetup { TimeProvider = new ManualTimeProvider() })
    {
    }

    [Fact]
    public async Task ReceiveTimeout_IdleForTheTimeout_Fires()
    {
        var actor = await StartAsync();
        Clock!.Advance(TimeSpan.FromSeconds(4.9));
        await SyncAsync(actor);
        Clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal("timeout", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task ReceiveTimeout_StillIdle_FiresAgainEachTimeout()
    {
        var actor = await StartAsync();
        Clock!.Advance(s_timeout);
        Assert.Equal("timeout", await ExpectMsgAsync<string>());
        await SyncAsync(actor);
        Clock.Advance(s_timeout);
        Assert.Equal("timeout", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task ReceiveTimeout_MessageArrives_ResetsTheIdleTime()
    {
        var actor = await StartAsync();
        Clock!.Advance(TimeSpan.FromSeconds(3));
        actor.Tell("work", TestActor);
        Assert.Equal("work", await ExpectMsgAsync<string>());

        // The reply leaves before the cell records the activity (idle time counts from the end of processing, as in
        // Akka): sync before moving the clock.
        await SyncAsync(actor);

        // The timer's first tick (t=5) finds only 2 s of idleness and re-arms for the 3 s left.
        Clock.Advance(TimeSpan.FromSeconds(2));
        await SyncAsync(actor);
        Clock.Advance(TimeSpan.FromSeconds(2.9));
        await SyncAsync(actor);
        Clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal("timeout", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task ReceiveTimeout_NotInfluencingMessages_DoNotReset()
    {
        var actor = await StartAsync();
        Clock!.Advance(TimeSpan.FromSeconds(3));
        await SyncAsync(actor);
        Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("timeout", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task ReceiveTimeout_ClearedWithNull_NeverFires()
    {
        var actor = await StartAsync();
        actor.Tell("clear", TestActor);
        Assert.Equal("clear", await ExpectMsgAsync<string>());
        Clock!.Advance(TimeSpan.FromSeconds(60));
        await SyncAsync(actor);
        Assert.Equal(0, Clock.ActiveTimers);
    }

    [Fact]
    public async Task ReceiveTimeout_ClearedAfterTickQueued_StaleTickIgnored()
    {
        var actor = await StartAsync();
        actor.Tell("block", TestActor);
        Assert.Equal("blocked", await ExpectMsgAsync<string>());
        Clock!.Advance(s_timeout);
        actor.Tell("clear", TestActor);
        Release.TrySetResult();
        Assert.Equal("clear", await ExpectMsgAsync<string>());
        await SyncAsync(actor);
    }

    [Fact]
    public async Task ReceiveTimeout_ActorRestarts_OldTimerCanceledNewOneFromConstructor()
    {
        var actor = await StartAsync();
        Clock!.Advance(TimeSpan.FromSeconds(3));
        actor.Tell("crash", TestActor);
        await SyncAsync(actor);
        Assert.Equal(1, Clock.ActiveTimers);
        Clock.Advance(TimeSpan.FromSeconds(2));
        await SyncAsync(actor);
        Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal("timeout", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task ReceiveTimeout_ActorStops_TimerDisposed()
    {
        var actor = await StartAsync();
        Watch(actor);
        Sys.Stop(actor);
        await ExpectTerminatedAsync(actor);
        Assert.Equal(0, Clock!.ActiveTimers);
    }

    [Fact]
    public async Task ReceiveTimeout_TickFindsBoundedMailboxFull_StillFiresOnceIdle()
    {
        var letters = CreateTestProbe();
        Sys.EventStream.Subscribe(letters.Ref, typeof(DeadLetter));
        var actor = Sys.ActorOf(Props.Create(() => new Idler(TestActor, s_timeout, Release.Task)).WithMailbox(Flow.Actors.Dispatch.MailboxSettings.Bounded(2)));
        await SyncAsync(actor);
        actor.Tell("block", TestActor);
        Assert.Equal("blocked", await ExpectMsgAsync<string>());
        actor.Tell("m1", TestActor);
        actor.Tell("m2", TestActor);
        Clock!.Advance(s_timeout);
        Release.TrySetResult();
        Assert.Equal("m1", await ExpectMsgAsync<string>());
        Assert.Equal("m2", await ExpectMsgAsync<string>());
        await SyncAsync(actor);
        Clock.Advance(s_timeout);
        Assert.Equal("timeout", await ExpectMsgAsync<string>());
        await letters.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task ReceiveTimeout_TickFindsBackPressuredMailboxFull_TimerThreadNotBlocked()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Idler(TestActor, s_timeout, Release.Task))
            .WithMailbox(Flow.Actors.Dispatch.MailboxSettings.Bounded(1, Flow.Actors.Dispatch.OverflowStrategy.BackPressure, TimeSpan.FromSeconds(30))));
        await SyncAsync(actor);
        actor.Tell("block", TestActor);
        Assert.Equal("blocked", await ExpectMsgAsync<string>());
        actor.Tell("m1", TestActor);
        var advanced = Task.Run(() => Clock!.Advance(s_timeout));
        await advanced.WaitAsync(TimeSpan.FromSeconds(5));
        Release.TrySetResult();
        Assert.Equal("m1", await ExpectMsgAsync<string>());
    }

    private TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<IActorRef> StartAsync()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Idler(TestActor, s_timeout, Release.Task)));
        await SyncAsync(actor);
        return actor;
    }

    /// <summary>Round trip with a message that does not reset the timeout: everything queued before it was processed.</summary>
    private async Task SyncAsync(IActorRef actor)
    {
        actor.Tell(Sync.Instance, TestActor);
        await ExpectMsgAsync<Sync>();
    }

    private sealed class Sync : INotInfluenceReceiveTimeout
    {
        public static Sync Instance { get; } = new();
    }

    private sealed class Idler : ReceiveActor
    {
        public Idler(IActorRef probe, TimeSpan timeout, Task release)
        {
            SetReceiveTimeout(timeout);
            Receive<Sync>(s => Sender.Tell(s, Self));
            Receive<ReceiveTimeout>(_ => probe.Tell("timeout", Self));
            Receive<string>(s => s == "clear", s =>
            {
                SetReceiveTimeout(null);
                Sender.Tell(s, Self);
            });
            Receive<string>(s => s == "crash", _ => throw new InvalidOperationException("crash"));
            Receive<string>(s => s == "block", _ =>
            {
                probe.Tell("blocked", Self);
                release.Wait();
            });
            Receive<string>(s => Sender.Tell(s, Self));
        }
    }
}
