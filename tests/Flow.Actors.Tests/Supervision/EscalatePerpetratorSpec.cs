using Flow.Actors.Supervision;

namespace Flow.Actors.Tests.Supervision;

/// <summary>The child whose failure was escalated must work again after its parent is restarted or resumed.</summary>
public sealed class EscalatePerpetratorSpec : TestKit.TestKit
{
    [Theory]
    [InlineData(Directive.Restart)]
    [InlineData(Directive.Resume)]
    public async Task Escalate_ParentKeepsChildren_FailedChildAnswersAgainAndFailsAgain(Directive grandparentDecision)
    {
        var decisions = CreateTestProbe();
        var grandparent = Sys.ActorOf(Props.Create(() => new Grandparent(grandparentDecision, decisions.Ref)), "grandparent");
        var parent = await grandparent.Ask<IActorRef>("parent?");
        var child = await parent.Ask<IActorRef>("child?");

        child.Tell("fail", TestActor);
        await decisions.ExpectMsgAsync<InvalidOperationException>();
        child.Tell("ping", TestActor);
        Assert.Equal("pong", await ExpectMsgAsync<string>());

        child.Tell("fail", TestActor);
        await decisions.ExpectMsgAsync<InvalidOperationException>();
        child.Tell("ping", TestActor);
        Assert.Equal("pong", await ExpectMsgAsync<string>());
        Assert.Equal(child, await parent.Ask<IActorRef>("child?"));
    }

    private sealed class Grandparent : ReceiveActor
    {
        private readonly Directive _decision;
        private readonly IActorRef _decisions;

        public Grandparent(Directive decision, IActorRef decisions)
        {
            _decision = decision;
            _decisions = decisions;
            var parent = Context.ActorOf(Props.Create<Parent>(), "parent");
            Receive<string>(_ => Sender.Tell(parent, Self));
        }

        protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(e =>
        {
            _decisions.Tell(e, null);
            return _decision;
        });
    }

    private sealed class Parent : ReceiveActor
    {
        public Parent()
        {
            var child = Context.Child("child") ?? Context.ActorOf(Props.Create<Child>(), "child");
            Receive<string>(_ => Sender.Tell(child, Self));
        }

        protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Escalate);

        protected override void PreRestart(Exception reason, object? message)
        {
        }
    }

    private sealed class Child : ReceiveActor
    {
        public Child()
        {
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("child failure"));
            Receive<string>(s => s == "ping", _ => Sender.Tell("pong", Self));
        }
    }
}
