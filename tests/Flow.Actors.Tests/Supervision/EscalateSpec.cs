using Flow.Actors.Supervision;

namespace Flow.Actors.Tests.Supervision;

public sealed class EscalateSpec : TestKit.TestKit
{
    [Fact]
    public async Task Escalate_ChildFails_GrandparentDecidesWithTheChildsCause()
    {
        var decisions = CreateTestProbe();
        var grand = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(e =>
        {
            decisions.Ref.Tell(e, null);
            return Directive.Restart;
        }))));
        grand.Tell(new Spawn(Props.Create(() => new Middle(TestActor)), "middle"), TestActor);
        var middle = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("middle:preStart", await ExpectMsgAsync<string>());
        Assert.Equal("leaf:preStart", await ExpectMsgAsync<string>());

        middle.Tell("leaf?", TestActor);
        var leaf = await ExpectMsgAsync<IActorRef>();
        var cause = new InvalidOperationException("deep failure");
        leaf.Tell(new Fail(cause), TestActor);

        Assert.Same(cause, await decisions.ExpectMsgAsync<Exception>());
        var events = (await ReceiveNAsync(4)).Cast<string>().ToList();
        Assert.Equal(["leaf:postStop", "leaf:preStart", "middle:postStop", "middle:preStart"], events.Order(StringComparer.Ordinal));
        Assert.True(events.IndexOf("leaf:postStop") < events.IndexOf("leaf:preStart"));
        await decisions.ExpectNoMsgAsync();

        middle.Tell("leaf?", TestActor);
        var newLeaf = await ExpectMsgAsync<IActorRef>();
        Assert.Equal(leaf.Path, newLeaf.Path);
        Assert.NotEqual(leaf, newLeaf);
    }

    [Fact]
    public async Task Escalate_ToUserGuardian_TopLevelActorRestarted()
    {
        var middle = Sys.ActorOf(Props.Create(() => new Middle(TestActor)), "top");
        Assert.Equal("middle:preStart", await ExpectMsgAsync<string>());
        Assert.Equal("leaf:preStart", await ExpectMsgAsync<string>());
        middle.Tell("leaf?", TestActor);
        var leaf = await ExpectMsgAsync<IActorRef>();
        leaf.Tell(new Fail("x"), TestActor);
        var events = (await ReceiveNAsync(4)).Cast<string>();
        Assert.Equal(["leaf:postStop", "leaf:preStart", "middle:postStop", "middle:preStart"], events.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Escalate_GrandparentResumes_FailedChildAndSiblingsResumeWithState()
    {
        var grand = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Resume))));
        grand.Tell(new Spawn(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Escalate)))), TestActor);
        var middle = await ExpectMsgAsync<IActorRef>();
        middle.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "a")), "a"), TestActor);
        var a = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("a:preStart", await ExpectMsgAsync<string>());
        middle.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "b")), "b"), TestActor);
        var b = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("b:preStart", await ExpectMsgAsync<string>());
        a.Tell("count?", TestActor);
        Assert.Equal("a:1", await ExpectMsgAsync<string>());

        a.Tell(new Fail("x"), TestActor);
        a.Tell("count?", TestActor);
        b.Tell("count?", TestActor);
        Assert.Equal(["a:2", "b:1"], (await ReceiveNAsync(2)).Cast<string>().Order(StringComparer.Ordinal));
        middle.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "c")), "c"), TestActor);
        await ExpectMsgAsync<IActorRef>();
        Assert.Equal("c:preStart", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Escalate_GrandparentRestartsParentThatKeepsChildren_FailedChildRestartsAndRuns()
    {
        var grand = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Restart))));
        grand.Tell(new Spawn(Props.Create(() => new KeepsChildren(TestActor))), TestActor);
        var middle = await ExpectMsgAsync<IActorRef>();
        middle.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "a")), "a"), TestActor);
        var a = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("a:preStart", await ExpectMsgAsync<string>());
        a.Tell("count?", TestActor);
        Assert.Equal("a:1", await ExpectMsgAsync<string>());

        a.Tell(new Fail("x"), TestActor);
        a.Tell("count?", TestActor);
        var events = (await ReceiveNAsync(5)).Cast<string>().ToList();
        Assert.Equal(["a:1", "a:postRestart:x", "a:postStop", "a:preRestart:x:x", "a:preStart"], events.Order(StringComparer.Ordinal));
        Assert.Equal("a:1", events[^1]);
    }

    [Fact]
    public async Task Escalate_FromTopLevelActorWithEscalatingGuardian_SystemTerminates()
    {
        var settings = ActorSystemSettings.Default with { GuardianStrategy = new OneForOneStrategy(_ => Directive.Escalate) };
        var system = ActorSystem.Create("escalate-to-root", new ActorSystemSetup { Settings = settings });
        var top = system.ActorOf(Props.Create(() => new Worker(TestActor, "top")));
        Assert.Equal("top:preStart", await ExpectMsgAsync<string>());
        top.Tell(new Fail("fatal"), TestActor);
        await system.WhenTerminated.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("top:postStop", await ExpectMsgAsync<string>());
        await system.Terminate().WaitAsync(TimeSpan.FromSeconds(5));
    }

    /// <summary>Escalates its children's failures and keeps its children across its own restarts.</summary>
    private sealed class KeepsChildren : ReceiveActor
    {
        public KeepsChildren(IActorRef probe) => Receive<Spawn>(s => Sender.Tell(Context.ActorOf(s.Props, s.Name), Self));

        protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Escalate);

        protected override void PreRestart(Exception reason, object? message)
        {
        }
    }

    /// <summary>Escalates every failure of its one child.</summary>
    private sealed class Middle : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Middle(IActorRef probe)
        {
            _probe = probe;
            var leaf = Context.ActorOf(Props.Create(() => new Leaf(probe)), "leaf");
            Receive<string>(s => s == "leaf?", _ => Sender.Tell(leaf, Self));
        }

        protected override void PreStart() => _probe.Tell("middle:preStart", Self);

        protected override void PostStop() => _probe.Tell("middle:postStop", Self);

        protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Escalate);
    }

    private sealed class Leaf : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Leaf(IActorRef probe)
        {
            _probe = probe;
            Receive<Fail>(f => throw f.Cause);
        }

        protected override void PreStart() => _probe.Tell("leaf:preStart", Self);

        protected override void PostStop() => _probe.Tell("leaf:postStop", Self);
    }
}
