using Flow.Actors.Tests.Actor;

namespace Flow.Actors.Tests.Systems;

public sealed class DeadLettersSpec : TestKit.TestKit
{
    [Fact]
    public async Task Tell_StoppedActor_PublishedAndCountedExactly()
    {
        var letters = new List<DeadLetter>();
        using var subscription = Sys.EventStream.Subscribe<DeadLetter>(d =>
        {
            lock (letters)
            {
                letters.Add(d);
            }
        });
        var actor = Sys.ActorOf(Props.Create<EchoActor>(), "stopped");
        Watch(actor);
        Sys.Stop(actor);
        await ExpectTerminatedAsync(actor);
        var before = Sys.DeadLetterCount;

        for (var i = 0; i < 5; i++)
        {
            actor.Tell(i, TestActor);
        }

        Assert.Equal(before + 5, Sys.DeadLetterCount);
        lock (letters)
        {
            Assert.Equal([0, 1, 2, 3, 4], letters.Where(d => d.Message is int).Select(d => (int)d.Message));
            Assert.All(letters, d => Assert.Equal(actor, d.Recipient));
        }
    }

    [Fact]
    public async Task Tell_DeadLettersRef_PublishedWithSender()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));
        var before = Sys.DeadLetterCount;
        Sys.DeadLetters.Tell("direct", TestActor);
        var letter = await ExpectMsgAsync<DeadLetter>();
        Assert.Equal("direct", letter.Message);
        Assert.Equal(TestActor, letter.Sender);
        Assert.Equal(Sys.DeadLetters, letter.Recipient);
        Assert.Equal(before + 1, Sys.DeadLetterCount);
    }

    [Fact]
    public async Task Identify_DeadLetters_AnswersWithNullSubject()
    {
        Sys.DeadLetters.Tell(new Identify("who"), TestActor);
        var identity = await ExpectMsgAsync<ActorIdentity>();
        Assert.Equal("who", identity.MessageId);
        Assert.Null(identity.Subject);
    }

    [Fact]
    public async Task Tell_UnhandledMessage_PublishedAsUnhandledNotDeadLetter()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(UnhandledMessage));
        var actor = Sys.ActorOf(Props.Create<OnlyInts>());
        var before = Sys.DeadLetterCount;
        actor.Tell("not an int", TestActor);
        var unhandled = await ExpectMsgAsync<UnhandledMessage>();
        Assert.Equal("not an int", unhandled.Message);
        Assert.Equal(TestActor, unhandled.Sender);
        Assert.Equal(actor, unhandled.Recipient);
        Assert.Equal(before, Sys.DeadLetterCount);
    }

    private sealed class OnlyInts : ReceiveActor
    {
        public OnlyInts() => Receive<int>(_ => { });
    }
}
