using System.Collections.Concurrent;

namespace Flow.Actors.Tests.Stress;

public sealed class HierarchyStopSpec : TestKit.TestKit
{
    [Fact]
    public async Task Stop_ChainOf300_EveryPostStopRunsDeepestFirst()
    {
        const int depth = 300;
        var stops = new ConcurrentQueue<int>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var root = Sys.ActorOf(Props.Create(() => new Link(0, depth, stops, ready)), "chain");
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Watch(root);
        Sys.Stop(root);
        await ExpectTerminatedAsync(root, TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(0, depth).Reverse(), stops);
    }

    [Fact]
    public async Task Stop_ParentOf5000_AllChildrenStopBeforeParent()
    {
        const int children = 5000;
        var stops = new ConcurrentQueue<int>();
        var parent = Sys.ActorOf(Props.Create(() => new Fan(children, stops)), "fan");
        Assert.Equal(children, await parent.Ask<int>("count?", TimeSpan.FromSeconds(10)));
        Watch(parent);
        Sys.Stop(parent);
        await ExpectTerminatedAsync(parent, TimeSpan.FromSeconds(10));
        Assert.Equal(children + 1, stops.Count);
        Assert.Equal(-1, stops.Last());
    }

    private sealed class Link : ReceiveActor
    {
        private readonly int _level;
        private readonly ConcurrentQueue<int> _stops;

        public Link(int level, int depth, ConcurrentQueue<int> stops, TaskCompletionSource ready)
        {
            _level = level;
            _stops = stops;
            if (level + 1 < depth)
            {
                Context.ActorOf(Props.Create(() => new Link(level + 1, depth, stops, ready)), "next");
            }
            else
            {
                ready.TrySetResult();
            }
        }

        protected override void PostStop() => _stops.Enqueue(_level);
    }

    private sealed class Fan : ReceiveActor
    {
        private readonly ConcurrentQueue<int> _stops;

        public Fan(int children, ConcurrentQueue<int> stops)
        {
            _stops = stops;
            for (var i = 0; i < children; i++)
            {
                var id = i;
                Context.ActorOf(Props.Create(() => new Leaf(id, stops)), $"c{i}");
            }

            Receive<string>(_ => Sender.Tell(Context.Children.Count, Self));
        }

        protected override void PostStop() => _stops.Enqueue(-1);
    }

    private sealed class Leaf(int id, ConcurrentQueue<int> stops) : ReceiveActor
    {
        protected override void PostStop() => stops.Enqueue(id);
    }
}
