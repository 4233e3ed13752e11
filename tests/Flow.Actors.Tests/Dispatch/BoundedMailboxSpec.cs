using Flow.Actors.Dispatch;

namespace Flow.Actors.Tests.Dispatch;

public sealed class BoundedMailboxSpec : TestKit.TestKit
{
    [Fact]
    public async Task DeadLetters_FullMailbox_ExactOverflowCountDeadLettered()
    {
        var overflow = new List<object>();
        using var subscription = Sys.EventStream.Subscribe<DeadLetter>(d =>
        {
            lock (overflow)
            {
                overflow.Add(d.Message);
            }
        });
        var release = new TaskCompletionSource();
        var actor = Sys.ActorOf(Props.Create(() => new Blocking(TestActor, release.Task)).WithMailbox(MailboxSettings.Bounded(10)));
        actor.Tell("block", TestActor);
        await ExpectMsgAsync("blocked");
        var before = Sys.DeadLetterCount;

        for (var i = 0; i < 25; i++)
        {
            actor.Tell(i, TestActor);
        }

        Assert.Equal(before + 15, Sys.DeadLetterCount);
        lock (overflow)
        {
            Assert.Equal(Enumerable.Range(10, 15).Cast<object>(), overflow);
        }

        release.SetResult();
        Assert.Equal(Enumerable.Range(0, 10).Cast<object>(), await ReceiveNAsync(10));
        await ExpectNoMsgAsync();

        actor.Tell(99, TestActor);
        Assert.Equal(99, await ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task BackPressure_FullMailbox_SenderWaitsThenSucceeds()
    {
        var release = new TaskCompletionSource();
        var actor = Sys.ActorOf(Props.Create(() => new Blocking(TestActor, release.Task))
            .WithMailbox(MailboxSettings.Bounded(1, OverflowStrategy.BackPressure, TimeSpan.FromSeconds(10))));
        actor.Tell("block", TestActor);
        await ExpectMsgAsync("blocked");
        actor.Tell(1, TestActor);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blockedSend = Task.Run(() =>
        {
            started.SetResult();
            actor.Tell(2, TestActor);
        });
        await started.Task;
        Assert.False(blockedSend.IsCompleted);
        var before = Sys.DeadLetterCount;
        release.SetResult();
        await blockedSend.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await ExpectMsgAsync<int>());
        Assert.Equal(2, await ExpectMsgAsync<int>());
        Assert.Equal(before, Sys.DeadLetterCount);
    }

    [Fact]
    public async Task BackPressure_StaysFullPastPushTimeout_MessageDeadLettered()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));
        var release = new TaskCompletionSource();
        var actor = Sys.ActorOf(Props.Create(() => new Blocking(TestActor, release.Task))
            .WithMailbox(MailboxSettings.Bounded(1, OverflowStrategy.BackPressure, TimeSpan.FromMilliseconds(50))));
        actor.Tell("block", TestActor);
        await ExpectMsgAsync("blocked");
        actor.Tell(1, TestActor);
        var before = Sys.DeadLetterCount;
        actor.Tell(2, TestActor);
        Assert.Equal(before + 1, Sys.DeadLetterCount);
        var letter = await ExpectMsgAsync<DeadLetter>();
        Assert.Equal(2, letter.Message);
        Assert.Equal(actor, letter.Recipient);
        release.SetResult();
        Assert.Equal(1, await ExpectMsgAsync<int>());
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task BackPressure_ManySendersIntoSmallMailbox_NothingLostPerSenderOrderKept()
    {
        const int senders = 4;
        const int perSender = 2000;
        var done = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = Sys.ActorOf(Props.Create(() => new OrderChecker(senders, perSender, done))
            .WithMailbox(MailboxSettings.Bounded(8, OverflowStrategy.BackPressure, TimeSpan.FromSeconds(30))));
        var before = Sys.DeadLetterCount;
        var producers = Enumerable.Range(0, senders).Select(s => Task.Run(() =>
        {
            for (var i = 0; i < perSender; i++)
            {
                actor.Tell((s, i), null);
            }
        })).ToArray();
        await Task.WhenAll(producers).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Null(await done.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(before, Sys.DeadLetterCount);
    }

    [Fact]
    public async Task Bounded_StoppedActor_QueuedMessagesDeadLetteredAndSlotsFreed()
    {
        var release = new TaskCompletionSource();
        var actor = Sys.ActorOf(Props.Create(() => new Blocking(TestActor, release.Task)).WithMailbox(MailboxSettings.Bounded(3)));
        Watch(actor);
        actor.Tell("block", TestActor);
        await ExpectMsgAsync("blocked");
        var before = Sys.DeadLetterCount;
        for (var i = 0; i < 5; i++)
        {
            actor.Tell(i, TestActor);
        }

        Sys.Stop(actor);
        release.SetResult();
        await ExpectTerminatedAsync(actor);
        Assert.Equal(before + 5, Sys.DeadLetterCount);
    }

    private sealed class Blocking : ReceiveActor
    {
        public Blocking(IActorRef probe, Task release)
        {
            Receive<string>(s => s == "block", _ =>
            {
                probe.Tell("blocked", Self);
                release.Wait();
            });
            ReceiveAny(m => probe.Tell(m, Self));
        }
    }

    private sealed class OrderChecker : ReceiveActor
    {
        public OrderChecker(int senders, int perSender, TaskCompletionSource<string?> done)
        {
            var next = new int[senders];
            var total = 0;
            Receive<(int Sender, int Seq)>(m =>
            {
                if (next[m.Sender] != m.Seq)
                {
                    done.TrySetResult($"sender {m.Sender}: expected {next[m.Sender]} got {m.Seq}");
                }

                next[m.Sender] = m.Seq + 1;
                if (++total == senders * perSender)
                {
                    done.TrySetResult(null);
                }
            });
        }
    }
}
