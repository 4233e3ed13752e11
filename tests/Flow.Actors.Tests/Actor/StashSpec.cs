namespace Flow.Actors.Tests.Actor;

public sealed class StashSpec : TestKit.TestKit
{
    [Fact]
    public async Task UnstashAll_StashedBeforeNewer_ProcessedFirstInOrder()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Gate(TestActor)));
        actor.Tell("a", TestActor);
        actor.Tell("b", TestActor);
        actor.Tell("c", TestActor);
        actor.Tell("open", TestActor);
        actor.Tell("d", TestActor);
        Assert.Equal(["a", "b", "c", "d"], await ReceiveNAsync(4));
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task UnstashAll_WithPredicate_KeepsTheOthersStashed()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Gate(TestActor)));
        actor.Tell("keep-1", TestActor);
        actor.Tell("x", TestActor);
        actor.Tell("keep-2", TestActor);
        actor.Tell("open-x", TestActor);
        Assert.Equal("x", await ExpectMsgAsync<string>());
        actor.Tell("count?", TestActor);
        Assert.Equal(2, await ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task Stash_ActorRestarts_StashedMessagesProcessedByNewInstance()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Gate(TestActor)));
        actor.Tell("a", TestActor);
        actor.Tell("b", TestActor);
        actor.Tell("crash", TestActor);
        actor.Tell("c", TestActor);
        Assert.Equal("restarted", await ExpectMsgAsync<string>());
        actor.Tell("open", TestActor);
        Assert.Equal(["a", "b", "c"], await ReceiveNAsync(3));
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Stash_ActorStops_StashedMessagesGoToDeadLettersInOrder()
    {
        var letters = CreateTestProbe();
        Sys.EventStream.Subscribe(letters.Ref, typeof(DeadLetter));
        var actor = Sys.ActorOf(Props.Create(() => new Gate(TestActor)));
        Watch(actor);
        actor.Tell("a", TestActor);
        actor.Tell("b", TestActor);
        actor.Tell(PoisonPill.Instance, TestActor);
        await ExpectTerminatedAsync(actor);
        Assert.Equal("a", (await letters.ExpectMsgAsync<DeadLetter>()).Message);
        var second = await letters.ExpectMsgAsync<DeadLetter>();
        Assert.Equal("b", second.Message);
        Assert.Equal(TestActor, second.Sender);
        Assert.Equal(actor, second.Recipient);
    }

    [Fact]
    public async Task ClearStash_TwoStashed_ReturnsThemOldestFirstAndEmpties()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Gate(TestActor)));
        actor.Tell("a", TestActor);
        actor.Tell("b", TestActor);
        actor.Tell("clear", TestActor);
        Assert.Equal(new object[] { "a", "b" }, await ExpectMsgAsync<IReadOnlyList<object>>());
        actor.Tell("count?", TestActor);
        Assert.Equal(0, await ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task Unstash_One_TakesTheOldest()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Gate(TestActor)));
        actor.Tell("a", TestActor);
        actor.Tell("b", TestActor);
        actor.Tell("one", TestActor);
        Assert.Equal("a", await ExpectMsgAsync<string>());
        actor.Tell("count?", TestActor);
        Assert.Equal(1, await ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task Stash_OutsideMessage_Throws()
    {
        var actor = Sys.ActorOf(Props.Create(() => new StashInPreStart(TestActor)));
        var error = await ExpectMsgAsync<InvalidOperationException>();
        Assert.Contains("no current message", error.Message);
        Watch(actor);
        await ExpectTerminatedAsync(actor);
    }

    /// <summary>Stashes strings until "open"; then echoes them to the probe.</summary>
    private sealed class Gate : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Gate(IActorRef probe)
        {
            _probe = probe;
            Receive<string>(s => s == "open", _ =>
            {
                Become(Open);
                Stash.UnstashAll();
            });
            Receive<string>(s => s == "open-x", _ =>
            {
                Become(Open);
                Stash.UnstashAll(m => (string)m == "x");
            });
            Receive<string>(s => s == "one", _ =>
            {
                Become(Open);
                Stash.Unstash();
            });
            Receive<string>(s => s == "count?", _ => Sender.Tell(Stash.Count, Self));
            Receive<string>(s => s == "clear", _ => Sender.Tell(Stash.ClearStash(), Self));
            Receive<string>(s => s == "crash", _ => throw new InvalidOperationException("crash"));
            Receive<string>(_ => Stash.Stash());
        }

        protected override void PostRestart(Exception reason) => _probe.Tell("restarted", Self);

        private void Open()
        {
            Receive<string>(s => s == "count?", _ => Sender.Tell(Stash.Count, Self));
            Receive<string>(s => _probe.Tell(s, Self));
        }
    }

    private sealed class StashInPreStart(IActorRef probe) : UntypedActor
    {
        protected override void PreStart()
        {
            try
            {
                Stash.Stash();
            }
            catch (InvalidOperationException e)
            {
                probe.Tell(e, Self);
                throw;
            }
        }

        protected override void OnReceive(object message)
        {
        }
    }
}
