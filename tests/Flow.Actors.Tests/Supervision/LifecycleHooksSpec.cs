using Flow.Actors.Supervision;

namespace Flow.Actors.Tests.Supervision;

public sealed class LifecycleHooksSpec : TestKit.TestKit
{
    [Fact]
    public async Task Hooks_StartRestartStop_ExactSequence()
    {
        var worker = Sys.ActorOf(Props.Create(() => new Worker(TestActor, "w")), "w");
        Watch(worker);
        Assert.Equal("w:preStart", await ExpectMsgAsync<string>());
        worker.Tell(new Fail("boom"), TestActor);
        Assert.Equal("w:preRestart:boom:boom", await ExpectMsgAsync<string>());
        Assert.Equal("w:postStop", await ExpectMsgAsync<string>());
        Assert.Equal("w:postRestart:boom", await ExpectMsgAsync<string>());
        Assert.Equal("w:preStart", await ExpectMsgAsync<string>());
        Sys.Stop(worker);
        Assert.Equal("w:postStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(worker);
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Hooks_ParentStops_ChildrenPostStopBeforeParent()
    {
        var parent = Sys.ActorOf(Props.Create(() => new Family(TestActor, 3)), "family");
        var started = await ReceiveNAsync(4);
        Assert.Equal(["child0:preStart", "child1:preStart", "child2:preStart", "parent:preStart"], started.Cast<string>().Order(StringComparer.Ordinal));
        Watch(parent);
        Sys.Stop(parent);
        var stopped = (await ReceiveNAsync(4)).Cast<string>().ToList();
        Assert.Equal("parent:postStop", stopped[3]);
        Assert.Equal(["child0:postStop", "child1:postStop", "child2:postStop"], stopped.Take(3).Order(StringComparer.Ordinal));
        await ExpectTerminatedAsync(parent);
    }

    [Fact]
    public async Task Hooks_ParentRestarts_DefaultPreRestartStopsChildrenFirst()
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(SupervisorStrategy.DefaultStrategy)));
        supervisor.Tell(new Spawn(Props.Create(() => new Family(TestActor, 1))), TestActor);
        var family = await ExpectMsgAsync<IActorRef>();
        Assert.Equal(["child0:preStart", "parent:preStart"], (await ReceiveNAsync(2)).Cast<string>().Order(StringComparer.Ordinal));
        family.Tell("fail", TestActor);

        // As in Akka, the default PreRestart asks the children to stop and runs PostStop at once; the new instance is
        // created only once the children are gone (its constructor reuses the child's name).
        Assert.Equal(["child0:postStop", "parent:postStop"], (await ReceiveNAsync(2)).Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal(["child0:preStart", "parent:preStart"], (await ReceiveNAsync(2)).Cast<string>().Order(StringComparer.Ordinal));
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task PostStop_Throws_ActorStillStopsAndWatchersTold()
    {
        var actor = Sys.ActorOf(Props.Create<ThrowsInPostStop>());
        Watch(actor);
        Sys.Stop(actor);
        await ExpectTerminatedAsync(actor);
    }

    [Fact]
    public async Task PreRestart_Throws_RestartGoesOn()
    {
        var actor = Sys.ActorOf(Props.Create(() => new ThrowsInPreRestart(TestActor)));
        Assert.Equal("preStart", await ExpectMsgAsync<string>());
        actor.Tell("fail", TestActor);
        Assert.Equal("preStart", await ExpectMsgAsync<string>());
        actor.Tell("ping", TestActor);
        Assert.Equal("ping", await ExpectMsgAsync<string>());
    }

    private sealed class Family : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Family(IActorRef probe, int children)
        {
            _probe = probe;
            for (var i = 0; i < children; i++)
            {
                var name = $"child{i}";
                Context.ActorOf(Props.Create(() => new Leaf(probe, name)), name);
            }

            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("family failed"));
        }

        protected override void PreStart() => _probe.Tell("parent:preStart", Self);

        protected override void PostStop() => _probe.Tell("parent:postStop", Self);
    }

    private sealed class Leaf : ReceiveActor
    {
        private readonly IActorRef _probe;
        private readonly string _name;

        public Leaf(IActorRef probe, string name)
        {
            _probe = probe;
            _name = name;
        }

        protected override void PreStart() => _probe.Tell($"{_name}:preStart", Self);

        protected override void PostStop() => _probe.Tell($"{_name}:postStop", Self);
    }

    private sealed class ThrowsInPostStop : ReceiveActor
    {
        protected override void PostStop() => throw new InvalidOperationException("postStop failed");
    }

    private sealed class ThrowsInPreRestart : ReceiveActor
    {
        private readonly IActorRef _probe;

        public ThrowsInPreRestart(IActorRef probe)
        {
            _probe = probe;
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
            Receive<string>(s => Sender.Tell(s, Self));
        }

        protected override void PreStart() => _probe.Tell("preStart", Self);

        protected override void PreRestart(Exception reason, object? message) => throw new InvalidOperationException("preRestart failed");
    }
}
