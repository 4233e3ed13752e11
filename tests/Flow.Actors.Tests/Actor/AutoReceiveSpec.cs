using Flow.Actors.Supervision;

namespace Flow.Actors.Tests.Actor;

public sealed class AutoReceiveSpec : TestKit.TestKit
{
    [Fact]
    public async Task PoisonPill_AfterMessages_ProcessedAfterThemThenStops()
    {
        var letters = CreateTestProbe();
        Sys.EventStream.Subscribe(letters.Ref, typeof(DeadLetter));
        var actor = Sys.ActorOf(Props.Create(() => new Recorder(TestActor)));
        Watch(actor);
        actor.Tell(1, TestActor);
        actor.Tell(2, TestActor);
        actor.Tell(3, TestActor);
        actor.Tell(PoisonPill.Instance, TestActor);
        actor.Tell(4, TestActor);
        Assert.Equal(1, await ExpectMsgAsync<int>());
        Assert.Equal(2, await ExpectMsgAsync<int>());
        Assert.Equal(3, await ExpectMsgAsync<int>());
        Assert.Equal("postStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(actor);
        Assert.Equal(4, (await letters.ExpectMsgAsync<DeadLetter>()).Message);
    }

    [Fact]
    public async Task Kill_DefaultSupervisor_StopsTheActor()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Recorder(TestActor)));
        Watch(actor);
        actor.Tell(Kill.Instance, TestActor);
        Assert.Equal("postStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(actor);
    }

    [Fact]
    public async Task Kill_ChildOfRestartingSupervisor_FailsWithActorKilledException()
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Reporting(TestActor)));
        supervisor.Tell(Props.Create(() => new Recorder(TestActor)), TestActor);
        var child = await ExpectMsgAsync<IActorRef>();
        child.Tell(Kill.Instance, TestActor);
        var cause = await ExpectMsgAsync<ActorKilledException>();
        Assert.Contains(child.Path.ToString(), cause.Message);
        Assert.Equal("postStop", await ExpectMsgAsync<string>());
        child.Tell(9, TestActor);
        Assert.Equal(9, await ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task Identify_AnyActor_AnswersWithItselfAndMessageId()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Recorder(TestActor)));
        actor.Tell(new Identify(123), TestActor);
        var identity = await ExpectMsgAsync<ActorIdentity>();
        Assert.Equal(123, identity.MessageId);
        Assert.Equal(actor, identity.Subject);
        Assert.Equal(actor, LastSender);
    }

    private sealed class Recorder(IActorRef probe) : UntypedActor
    {
        protected override void OnReceive(object message) => probe.Tell(message, Self);

        protected override void PostStop() => probe.Tell("postStop", Self);
    }

    private sealed class Reporting : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Reporting(IActorRef probe)
        {
            _probe = probe;
            Receive<Props>(p => Sender.Tell(Context.ActorOf(p), Self));
        }

        protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(e =>
        {
            _probe.Tell(e, Self);
            return Directive.Restart;
        });
    }
}
