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

    private async Task AssertModeAsync(IActorRef actor, string expected)
    {
        actor.Tell("mode?", TestActor);
        Assert.Equal(expected, await ExpectMsgAsync<string>());
    }

    private sealed class Moody : ReceiveActor
    {
        public Moody() => Mode("initial");

        private void Mode(string name)
        {
            Receive<string>(s => s == "mode?", _ => Sender.Tell(name, Self));
            Receive<string>(s => s.StartsWith("become:", StringComparison.Ordinal), s => Become(() => Mode(s["become:".Length..])));
            Receive<string>(s => s.StartsWith("push:", StringComparison.Ordinal), s => BecomeStacked(() => Mode(s["push:".Length..])));
            Receive<string>(s => s == "unbecome", _ => UnbecomeStacked());
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
        }
    }
}
