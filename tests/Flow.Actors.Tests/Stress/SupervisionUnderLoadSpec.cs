using Flow.Actors.Supervision;

namespace Flow.Actors.Tests.Stress;

public sealed class SupervisionUnderLoadSpec : TestKit.TestKit
{
    private const int Producers = 4;
    private const int PerProducer = 25_000;
    private const int FailEvery = 100;

    [Theory]
    [InlineData(Directive.Restart)]
    [InlineData(Directive.Resume)]
    public async Task FailEveryNth_WhileFlooded_ExactProcessedAndFailureCountsAndOrderKept(Directive directive)
    {
        var stats = new Stats();
        var done = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervision.Supervisor(new OneForOneStrategy(-1, Timeout.InfiniteTimeSpan, _ => directive, loggingEnabled: false))));
        supervisor.Tell(new Supervision.Spawn(Props.Create(() => new Flaky(stats, done))), TestActor);
        var flaky = await ExpectMsgAsync<IActorRef>();

        var producers = Enumerable.Range(0, Producers).Select(p => Task.Run(() =>
        {
            for (var i = 1; i <= PerProducer; i++)
            {
                flaky.Tell(new Seq(p, i), null);
            }
        })).ToArray();
        await Task.WhenAll(producers).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(await done.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        var failures = Producers * (PerProducer / FailEvery);
        Assert.Equal(Producers * PerProducer - failures, Volatile.Read(ref stats.Processed));
        Assert.Equal(failures, Volatile.Read(ref stats.Failures));

        // The last message fails too: its restart may still be under way when the last message was counted.
        await AwaitAssertAsync(() =>
        {
            Assert.Equal(directive == Directive.Restart ? failures : 0, Volatile.Read(ref stats.Restarts));
            Assert.Equal(directive == Directive.Restart ? failures + 1 : 1, Volatile.Read(ref stats.Instances));
        });
        Assert.Equal(0, Sys.DeadLetterCount);
    }

    private sealed class Stats
    {
        public int Processed;
        public int Failures;
        public int Restarts;
        public int Instances;
        public int Seen;
        public int[] Next = new int[Producers];
    }

    /// <summary>Throws on every message whose number is a multiple of <see cref="FailEvery"/>; checks per-producer order across restarts.</summary>
    private sealed class Flaky : ReceiveActor
    {
        private readonly Stats _stats;

        public Flaky(Stats stats, TaskCompletionSource<string?> done)
        {
            _stats = stats;
            Interlocked.Increment(ref stats.Instances);
            Receive<Seq>(m =>
            {
                if (m.N != stats.Next[m.Sender] + 1)
                {
                    done.TrySetResult($"producer {m.Sender}: expected {stats.Next[m.Sender] + 1} got {m.N}");
                }

                stats.Next[m.Sender] = m.N;
                var last = ++stats.Seen == Producers * PerProducer;
                if (m.N % FailEvery == 0)
                {
                    Interlocked.Increment(ref stats.Failures);
                    if (last)
                    {
                        done.TrySetResult(null);
                    }

                    throw new InvalidOperationException($"failing on {m}");
                }

                Interlocked.Increment(ref stats.Processed);
                if (last)
                {
                    done.TrySetResult(null);
                }
            });
        }

        protected override void PostRestart(Exception reason)
        {
            Interlocked.Increment(ref _stats.Restarts);
            base.PostRestart(reason);
        }
    }
}
