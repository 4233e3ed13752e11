namespace Flow.Actors.Tests.Actor;

public sealed class ReceiveAsyncSpec : TestKit.TestKit
{
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _second = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task ReceiveAsync_AwaitPending_NextMessageWaitsUntilHandlerCompletes()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Awaiter(TestActor, _first.Task, _second.Task)));
        actor.Tell("a", TestActor);
        actor.Tell("b", TestActor);
        actor.Tell("sync", TestActor);
        Assert.Equal("start:a", await ExpectMsgAsync<string>());
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));

        _first.SetResult();
        Assert.Equal("middle:a", await ExpectMsgAsync<string>());
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));

        _second.SetResult();
        Assert.Equal("end:a", await ExpectMsgAsync<string>());
        Assert.Equal("start:b", await ExpectMsgAsync<string>());
        Assert.Equal("middle:b", await ExpectMsgAsync<string>());
        Assert.Equal("end:b", await ExpectMsgAsync<string>());
        Assert.Equal("sync", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task ReceiveAsync_AfterAwait_SenderAndSelfStillRight()
    {
        var other = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new ContextChecker()), "checker");
        actor.Tell("x", TestActor);
        actor.Tell("y", other.Ref);
        var first = await ExpectMsgAsync<Report>();
        Assert.Equal(new Report("x", TestActor, actor, TestActor, actor), first);
        var second = await other.ExpectMsgAsync<Report>();
        Assert.Equal(new Report("y", other.Ref, actor, other.Ref, actor), second);
    }

    [Fact]
    public async Task ReceiveAsync_ContinuationsRunOneAtATime_NoConcurrentEntry()
    {
        var actor = Sys.ActorOf(Props.Create(() => new ConcurrencyChecker()));
        for (var i = 0; i < 200; i++)
        {
            actor.Tell(i, TestActor);
        }

        actor.Tell("report", TestActor);
        var (max, count) = await ExpectMsgAsync<(int Max, int Count)>();
        Assert.Equal(1, max);
        Assert.Equal(200, count);
    }

    [Fact]
    public async Task ReceiveAsync_TaskFaultsAfterAwait_SupervisorRestartsAndMailboxKept()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Faulty(TestActor)));
        Assert.Equal("prestart", await ExpectMsgAsync<string>());
        actor.Tell("fail", TestActor);
        actor.Tell("after", TestActor);
        Assert.Equal("prestart", await ExpectMsgAsync<string>());
        Assert.Equal("after", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task ReceiveAsync_CompletedSynchronously_NoSuspension()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Faulty(TestActor)));
        Assert.Equal("prestart", await ExpectMsgAsync<string>());
        actor.Tell("sync-ok", TestActor);
        actor.Tell("after", TestActor);
        Assert.Equal("sync-ok", await ExpectMsgAsync<string>());
        Assert.Equal("after", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task ReceiveAsync_StoppedWhileAwaiting_PostStopRunsAndPendingMessagesDeadLettered()
    {
        var letters = CreateTestProbe();
        Sys.EventStream.Subscribe(letters.Ref, typeof(DeadLetter));
        var actor = Sys.ActorOf(Props.Create(() => new Awaiter(TestActor, _first.Task, _second.Task)));
        Watch(actor);
        actor.Tell("a", TestActor);
        Assert.Equal("start:a", await ExpectMsgAsync<string>());
        actor.Tell("b", TestActor);
        Sys.Stop(actor);
        Assert.Equal("postStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(actor);
        Assert.Equal("b", (await letters.ExpectMsgAsync<DeadLetter>()).Message);
    }

    [Fact]
    public async Task ReceiveAsync_AwaitsAskOfAnotherActor_RepliesToOriginalSenderInOrder()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        var asker = Sys.ActorOf(Props.Create(() => new Asker(echo)));
        for (var i = 0; i < 20; i++)
        {
            asker.Tell(i, TestActor);
        }

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"echo:{i}"), (await ReceiveNAsync(20)).Cast<string>());
        Assert.Equal(0, Sys.TempContainer.Count);
    }

    [Fact]
    public async Task ReceiveAsync_StashAfterAwait_StashesTheCurrentMessage()
    {
        var actor = Sys.ActorOf(Props.Create(() => new AsyncStasher(TestActor)));
        actor.Tell("a", TestActor);
        actor.Tell("b", TestActor);
        actor.Tell("open", TestActor);
        Assert.Equal(["open", "a", "b"], await ReceiveNAsync(3));
    }

    internal sealed record Report(string Message, IActorRef SenderBefore, IActorRef SelfBefore, IActorRef SenderAfter, IActorRef SelfAfter);

    private sealed class Awaiter : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Awaiter(IActorRef probe, Task first, Task second)
        {
            _probe = probe;
            Receive<string>(s => s == "sync", s => probe.Tell(s, Self));
            ReceiveAsync<string>(async s =>
            {
                probe.Tell($"start:{s}", Self);
                await first;
                probe.Tell($"middle:{s}", Self);
                await second;
                probe.Tell($"end:{s}", Self);
            });
        }

        protected override void PostStop() => _probe.Tell("postStop", Self);
    }

    private sealed class ContextChecker : ReceiveActor
    {
        public ContextChecker() => ReceiveAsync<string>(async s =>
        {
            var sender = Sender;
            var self = Self;
            await Task.Yield();
            await Task.Delay(1);
            Sender.Tell(new Report(s, sender, self, Sender, Self), Self);
        });
    }

    private sealed class ConcurrencyChecker : ReceiveActor
    {
        private int _inside;
        private int _max;
        private int _count;

        public ConcurrencyChecker()
        {
            Receive<string>(_ => Sender.Tell((_max, _count), Self));
            ReceiveAsync<int>(async _ =>
            {
                var now = Interlocked.Increment(ref _inside);
                _max = Math.Max(_max, now);
                await Task.Yield();
                _max = Math.Max(_max, Volatile.Read(ref _inside));
                await Task.Yield();
                _count++;
                Interlocked.Decrement(ref _inside);
            });
        }
    }

    private sealed class Asker : ReceiveActor
    {
        public Asker(IActorRef echo) => ReceiveAsync<int>(async i =>
        {
            var reply = await echo.Ask<int>(i);
            Sender.Tell($"echo:{reply}", Self);
        });
    }

    private sealed class AsyncStasher : ReceiveActor
    {
        public AsyncStasher(IActorRef probe)
        {
            Receive<string>(s => s == "open", s =>
            {
                probe.Tell(s, Self);
                Become(() => Receive<string>(m => probe.Tell(m, Self)));
                Stash.UnstashAll();
            });
            ReceiveAsync<string>(async _ =>
            {
                await Task.Yield();
                Stash.Stash();
            });
        }
    }

    private sealed class Faulty : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Faulty(IActorRef probe)
        {
            _probe = probe;
            ReceiveAsync<string>(
                s =>
                {
                    probe.Tell(s, Self);
                    return Task.CompletedTask;
                },
                s => s == "sync-ok");
            ReceiveAsync<string>(
                async _ =>
                {
                    await Task.Yield();
                    throw new InvalidOperationException("async failure");
                },
                s => s == "fail");
            Receive<string>(s => probe.Tell(s, Self));
        }

        protected override void PreStart() => _probe.Tell("prestart", Self);
    }
}
