namespace Flow.Actors.Tests.Actor;

public sealed class ReceiveActorSpec : TestKit.TestKit
{
    [Fact]
    public async Task Receive_SeveralHandlersMatch_FirstDeclaredWins()
    {
        var actor = Sys.ActorOf(Props.Create<Ordered>());
        actor.Tell("text", TestActor);
        actor.Tell(5, TestActor);
        actor.Tell(-5, TestActor);
        actor.Tell(100, TestActor);
        actor.Tell(2.5, TestActor);
        Assert.Equal("string:text", await ExpectMsgAsync<string>());
        Assert.Equal("small-int:5", await ExpectMsgAsync<string>());
        Assert.Equal("negative:-5", await ExpectMsgAsync<string>());
        Assert.Equal("func-int:100", await ExpectMsgAsync<string>());
        Assert.Equal("any:2.5", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Receive_FuncHandlerReturnsFalse_FallsThroughToNextHandler()
    {
        var actor = Sys.ActorOf(Props.Create<Ordered>());
        actor.Tell(1000, TestActor);
        Assert.Equal("any:1000", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Receive_NoHandlerMatches_PublishesUnhandledMessage()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(UnhandledMessage));
        var actor = Sys.ActorOf(Props.Create<StringsOnly>());
        actor.Tell(42, TestActor);
        var unhandled = await ExpectMsgAsync<UnhandledMessage>();
        Assert.Equal(42, unhandled.Message);
        Assert.Equal(actor, unhandled.Recipient);
        actor.Tell("still alive", TestActor);
        Assert.Equal("still alive", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Receive_DeclaredWhileProcessing_FailsAndActorRestarts()
    {
        var actor = Sys.ActorOf(Props.Create(() => new LateDeclarer(TestActor)));
        Assert.Equal("started", await ExpectMsgAsync<string>());
        actor.Tell("declare", TestActor);
        var error = await ExpectMsgAsync<InvalidOperationException>();
        Assert.Contains("constructor", error.Message);
        Assert.Equal("started", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Receive_DeclaredWhileProcessingAfterConstructorBecame_StillFails()
    {
        var actor = Sys.ActorOf(Props.Create(() => new BecomesThenDeclares(TestActor)));
        actor.Tell("declare", TestActor);
        var error = await ExpectMsgAsync<InvalidOperationException>();
        Assert.Contains("constructor", error.Message);
    }

    [Fact]
    public async Task Forward_ThroughAnotherActor_KeepsOriginalSender()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>(), "echo");
        var forwarder = Sys.ActorOf(Props.Create(() => new Forwarder(echo)));
        forwarder.Tell("via", TestActor);
        Assert.Equal("via", await ExpectMsgAsync<string>());
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public async Task Tell_NoSender_SenderIsDeadLetters()
    {
        var actor = Sys.ActorOf(Props.Create(() => new SenderReporter(TestActor)));
        actor.Tell("anonymous", null);
        Assert.Equal(Sys.DeadLetters, await ExpectMsgAsync<IActorRef>());
    }

    [Fact]
    public async Task Tell_FromInsideActorWithoutSender_SenderIsSelf()
    {
        var reporter = Sys.ActorOf(Props.Create(() => new SenderReporter(TestActor)));
        var teller = Sys.ActorOf(Props.Create(() => new ImplicitTeller(reporter)), "teller");
        teller.Tell("go", null);
        Assert.Equal(teller, await ExpectMsgAsync<IActorRef>());
    }

    private sealed class Ordered : ReceiveActor
    {
        public Ordered()
        {
            Receive<string>(s => Sender.Tell($"string:{s}", Self));
            Receive<int>(i => i is >= 0 and < 10, i => Sender.Tell($"small-int:{i}", Self));
            Receive<int>(i => i < 0, i => Sender.Tell($"negative:{i}", Self));
            Receive<int>(i =>
            {
                if (i >= 1000)
                {
                    return false;
                }

                Sender.Tell($"func-int:{i}", Self);
                return true;
            });
            Receive<string>(s => Sender.Tell("never", Self));
            ReceiveAny(o => Sender.Tell($"any:{o}", Self));
        }
    }

    private sealed class StringsOnly : ReceiveActor
    {
        public StringsOnly() => Receive<string>(s => Sender.Tell(s, Self));
    }

    private sealed class LateDeclarer : ReceiveActor
    {
        private readonly IActorRef _probe;

        public LateDeclarer(IActorRef probe)
        {
            _probe = probe;
            Receive<string>(_ => Receive<int>(_ => { }));
        }

        protected override void PreStart() => _probe.Tell("started", Self);

        protected override void PreRestart(Exception reason, object? message)
        {
            _probe.Tell(reason, Self);
            base.PreRestart(reason, message);
        }

        protected override void PostStop()
        {
        }
    }

    private sealed class BecomesThenDeclares : ReceiveActor
    {
        public BecomesThenDeclares(IActorRef probe) => Become(() => Receive<string>(_ =>
        {
            try
            {
                Receive<int>(_ => { });
            }
            catch (InvalidOperationException e)
            {
                probe.Tell(e, Self);
            }
        }));
    }

    private sealed class Forwarder : ReceiveActor
    {
        public Forwarder(IActorRef target) => ReceiveAny(m => target.Forward(m));
    }

    private sealed class SenderReporter : ReceiveActor
    {
        public SenderReporter(IActorRef probe) => ReceiveAny(_ => probe.Tell(Sender, Self));
    }

    private sealed class ImplicitTeller : ReceiveActor
    {
        public ImplicitTeller(IActorRef target) => ReceiveAny(m => target.Tell(m));
    }
}
