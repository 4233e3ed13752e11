using Flow.Actors.Tests.Actor;

namespace Flow.Actors.Tests.Stress;

/// <summary>Watches race the subject's stop: every watch must still end in exactly one Terminated.</summary>
public sealed class WatchStopRaceSpec : TestKit.TestKit
{
    private const int Subjects = 500;
    private const int Watchers = 4;

    [Fact]
    public async Task Watch_RacingStop_EachWatcherGetsExactlyOneTerminatedPerSubject()
    {
        var counts = new int[Watchers, Subjects];
        var total = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subjects = Enumerable.Range(0, Subjects).Select(i => Sys.ActorOf(Props.Create<EchoActor>(), $"s{i}")).ToArray();
        var watchers = Enumerable.Range(0, Watchers).Select(w => Sys.ActorOf(Props.Create(() => new Counter(w, counts, () =>
        {
            if (Interlocked.Increment(ref total) == Subjects * Watchers)
            {
                done.TrySetResult();
            }
        })))).ToArray();

        var stopper = Task.Run(() =>
        {
            foreach (var s in subjects)
            {
                Sys.Stop(s);
            }
        });
        foreach (var s in subjects)
        {
            foreach (var w in watchers)
            {
                w.Tell(s, null);
            }
        }

        await stopper;
        await done.Task.WaitAsync(TimeSpan.FromSeconds(20));
        foreach (var w in watchers)
        {
            await w.Ask<string>("sync");
        }

        for (var w = 0; w < Watchers; w++)
        {
            for (var s = 0; s < Subjects; s++)
            {
                Assert.Equal(1, Volatile.Read(ref counts[w, s]));
            }
        }
    }

    private sealed class Counter : ReceiveActor
    {
        public Counter(int id, int[,] counts, Action counted)
        {
            Receive<IActorRef>(s => Context.Watch(s));
            Receive<Terminated>(t =>
            {
                Interlocked.Increment(ref counts[id, int.Parse(t.ActorRef.Path.Name.AsSpan(1), global::System.Globalization.CultureInfo.InvariantCulture)]);
                counted();
            });
            Receive<string>(s => Sender.Tell(s, Self));
        }
    }
}
