using System.Collections.Concurrent;
using Flow.Actors.Tests.Actor;

namespace Flow.Actors.Tests.Stress;

public sealed class ConcurrentChildrenSpec : TestKit.TestKit
{
    [Fact]
    public async Task ActorOf_ManyThreads_AllCreatedThenAllStoppedAndForgotten()
    {
        const int threads = 8;
        const int each = 200;
        var watcher = CreateTestProbe();
        var userCell = ((LocalActorRef)Sys.UserGuardian).Cell;
        var baseline = userCell.ChildEntriesSnapshot().Count;
        var created = new ConcurrentBag<IActorRef>();
        await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < each; i++)
            {
                created.Add(Sys.ActorOf(Props.Create<EchoActor>(), $"t{t}-{i}"));
            }
        })));
        Assert.Equal(threads * each, created.Select(a => a.Path.Name).Distinct().Count());
        Assert.Equal(baseline + (threads * each), userCell.ChildEntriesSnapshot().Count);

        var replies = await Task.WhenAll(created.Select(a => a.Ask<string>(a.Path.Name, TimeSpan.FromSeconds(10))));
        Assert.Equal(created.Select(a => a.Path.Name).Order(), replies.Order());

        foreach (var actor in created)
        {
            watcher.Watch(actor);
        }

        await Task.WhenAll(created.Chunk(each).Select(chunk => Task.Run(() =>
        {
            foreach (var actor in chunk)
            {
                Sys.Stop(actor);
            }
        })));
        var terminated = await watcher.ReceiveNAsync(threads * each, TimeSpan.FromSeconds(20));
        Assert.Equal(threads * each, terminated.Cast<Terminated>().Select(t => t.ActorRef).Distinct().Count());
        await AwaitAssertAsync(() => Assert.Equal(baseline, userCell.ChildEntriesSnapshot().Count));
    }

    [Fact]
    public async Task ActorOf_SameNameRacedByManyThreads_ExactlyOneWinsPerName()
    {
        const int names = 100;
        const int racers = 8;
        var wins = new int[names];
        var losses = 0;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, racers).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            for (var n = 0; n < names; n++)
            {
                try
                {
                    Sys.ActorOf(Props.Create<EchoActor>(), $"race-{n}");
                    Interlocked.Increment(ref wins[n]);
                }
                catch (InvalidActorNameException)
                {
                    Interlocked.Increment(ref losses);
                }
            }
        })).ToArray();
        start.SetResult();
        await Task.WhenAll(tasks);
        Assert.All(wins, w => Assert.Equal(1, w));
        Assert.Equal(names * (racers - 1), losses);
    }

    [Fact]
    public async Task ActorOfAndStop_ParentChurnsChildrenUnderLoad_EndsWithNone()
    {
        var parent = Sys.ActorOf(Props.Create<Churner>());
        var senders = Enumerable.Range(0, 4).Select(s => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                parent.Tell($"s{s}-{i}", null);
            }
        })).ToArray();
        await Task.WhenAll(senders);
        await AwaitAssertAsync(async () => Assert.Equal((2000, 0), await parent.Ask<(int Created, int Alive)>("stats?")), TimeSpan.FromSeconds(20));
    }

    /// <summary>Creates a child per message and stops the previous one; counts terminations.</summary>
    private sealed class Churner : ReceiveActor
    {
        private int _created;
        private IActorRef? _last;

        public Churner()
        {
            Receive<string>(s => s == "stats?", _ =>
            {
                if (_last is not null)
                {
                    Context.Stop(_last);
                    _last = null;
                }

                Sender.Tell((_created, Context.Children.Count), Self);
            });
            Receive<string>(name =>
            {
                if (_last is not null)
                {
                    Context.Stop(_last);
                }

                _last = Context.ActorOf(Props.Create<EchoActor>(), name);
                _last.Tell(name, null);
                _created++;
            });
            Receive<Terminated>(_ => { });
        }
    }
}
