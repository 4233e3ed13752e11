namespace Flow.Actors.Tests.Stress;

public sealed class StopDuringProcessingSpec : TestKit.TestKit
{
    private const int Producers = 4;
    private const int PerProducer = 50_000;

    public static TheoryData<string> Ways => ["stop", "poison-pill", "self-stop", "kill", "stop-bounded"];

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task Stop_WhileFlooded_ProcessedPlusDeadLetteredEqualsSent(string way)
    {
        for (var round = 0; round < 5; round++)
        {
            await RunRoundAsync(way, round);
        }
    }

    private async Task RunRoundAsync(string way, int round)
    {
        var processed = 0;
        var deadLettered = 0;
        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopAt = way == "self-stop" ? 30_000 : int.MaxValue;
        var stopWhen = way == "stop-bounded" ? 100 : 10_000;
        var props = Props.Create(() => new Counter(() => Interlocked.Increment(ref processed), halfway, stopWhen, stopAt));
        if (way == "stop-bounded")
        {
            // Overflow dead letters count too: every message is processed or dead-lettered, exactly once.
            props = props.WithMailbox(Flow.Actors.Dispatch.MailboxSettings.Bounded(500));
        }

        var actor = Sys.ActorOf(props, $"{way}-{round}");
        using var subscription = Sys.EventStream.Subscribe<DeadLetter>(d =>
        {
            if (d.Message is Seq && d.Recipient.Equals(actor))
            {
                Interlocked.Increment(ref deadLettered);
            }
        });
        Watch(actor);
        var producers = Enumerable.Range(0, Producers).Select(p => Task.Run(() =>
        {
            for (var i = 0; i < PerProducer; i++)
            {
                actor.Tell(new Seq(p, i), null);
            }
        })).ToArray();

        await halfway.Task.WaitAsync(TimeSpan.FromSeconds(30));
        switch (way)
        {
            case "stop":
            case "stop-bounded":
                Sys.Stop(actor);
                break;
            case "poison-pill":
                actor.Tell(PoisonPill.Instance, null);
                break;
            case "kill":
                actor.Tell(Kill.Instance, null);
                break;
        }

        await Task.WhenAll(producers).WaitAsync(TimeSpan.FromSeconds(30));
        await ExpectTerminatedAsync(actor, TimeSpan.FromSeconds(30));
        Assert.Equal(Producers * PerProducer, Volatile.Read(ref processed) + Volatile.Read(ref deadLettered));
        if (way == "self-stop")
        {
            Assert.Equal(stopAt, Volatile.Read(ref processed));
        }
    }

    private sealed class Counter : ReceiveActor
    {
        public Counter(Func<int> count, TaskCompletionSource halfway, int stopWhen, int stopAt) => Receive<Seq>(_ =>
        {
            var n = count();
            if (n == stopWhen)
            {
                halfway.TrySetResult();
            }

            if (n == stopAt)
            {
                Context.Stop(Self);
            }
        });
    }
}
