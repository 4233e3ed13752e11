namespace Flow.Actors.Tests.Actor;

public sealed class BecomeSpec : TestKit.TestKit
{
    [Fact]
    public async Task Become_ReplacesBehavior_UnbecomeReturnsToInitial()
    {
        var actor = Sys.ActorOf(Props.Create<Moody>());
        await AssertModeAsync(actor, "initial");
        actor.Tell("become:happy", TestActor);
        await AssertModeAsync(actor, "happy");
        actor.Tell("become:sad", TestActor);
        await AssertModeAsync(actor, "sad");
        actor.Tell("unbecome", TestActor);
        await AssertModeAsync(actor, "initial");
    }

    [Fact]
    public async Task BecomeStacked_Twice_UnbecomePopsInReverseOrder()
    {
        var actor = Sys.ActorOf(Props.Create<Moody>());
        actor.Tell("push:a", TestActor);
        actor.Tell("push:b", TestActor);
        await AssertModeAsync(actor, "b");
        actor.Tell("unbecome", TestActor);
        await AssertModeAsync(actor, "a");
        actor.Tell("unbecome", TestActor);
        await AssertModeAsync(actor, "initial");
        actor.Tell("unbecome", TestActor);
        await AssertModeAsync(actor, "initial");
    }

    [Fact]
    public async Task Become_AfterBecomeStacked_ReplacesOnlyTheTop()
    {
        var actor = Sys.ActorOf(Props.Create<Moody>());
        actor.Tell("push:a", TestActor);
        actor.Tell("push:b", TestActor);
        actor.Tell("become:c", TestActor);
        await AssertModeAsync(actor, "c");
        actor.Tell("unbecome", TestActor);
        await AssertModeAsync(actor, "a");
    }

    [Fact]
    public async Task Become_ThenRestart_InitialBehaviorRestored()
    {
        var actor = Sys.ActorOf(Props.Create<Moody>());
        actor.Tell("become:x", TestActor);
        await AssertModeAsync(actor, "x");
        actor.Tell("fail", TestActor);
        await AssertModeAsync(actor, "initial");
    }

    [Fact]
    public async Task Become_InConstructor_IsTheStartingBehavior()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Moody("from-ctor")));
        await AssertModeAsync(actor, "from-ctor");
        actor.Tell("unbecome", TestActor);
        await AssertModeAsync(actor, "initial");
    }

    [Fact]
    public async Task Become_InConstructor_AlsoAfterRestart()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Moody("from-ctor")));
        actor.Tell("become:x", TestActor);
        await AssertModeAsync(actor, "x");
        actor.Tell("fail", TestActor);
        await AssertModeAsync(actor, "from-ctor");
    }

    [Fact]
    public async Task Become_InUntypedConstructor_IsTheStartingBehavior()
    {
        var actor = Sys.ActorOf(Props.Create<BecomesAtOnce>());
        actor.Tell("x", TestActor);
        Assert.Equal("became:x", await ExpectMsgAsync<string>());
    }

    private async Task AssertModeAsync(IActorRef actor, string expected)
    {
        actor.Tell("mode?", TestActor);
        Assert.Equal(expected, await ExpectMsgAsync<string>());
    }

    private sealed class Moody : ReceiveActor
    {
        public Moody()
            : this(null)
        {
        }

        public Moody(string? startIn)
        {
            Mode("initial");
            if (startIn is not null)
            {
                Become(() => Mode(startIn));
            }
        }

        private void Mode(string name)
        {
            Receive<string>(s => s == "mode?", _ => Sender.Tell(name, Self));
            Receive<string>(s => s.StartsWith("become:", StringComparison.Ordinal), s => Become(() => Mode(s["become:".Length..])));
            Receive<string>(s => s.StartsWith("push:", StringComparison.Ordinal), s => BecomeStacked(() => Mode(s["push:".Length..])));
            Receive<string>(s => s == "unbecome", _ => UnbecomeStacked());
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
        }
    }

    private sealed class BecomesAtOnce : UntypedActor
    {
        public BecomesAtOnce() => Context.Become(m =>
        {
            Sender.Tell($"became:{m}", Self);
            return true;
        });

        protected override void OnReceive(object message) => Sender.Tell($"initial:{message}", Self);
    }
}
