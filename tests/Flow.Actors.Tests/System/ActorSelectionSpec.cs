using Flow.Actors.Tests.Actor;

namespace Flow.Actors.Tests.Systems;

public sealed class ActorSelectionSpec : TestKit.TestKit
{
    private readonly IActorRef _top;
    private readonly IActorRef _c1;
    private readonly IActorRef _c2;
    private readonly IActorRef _other;

    public ActorSelectionSpec()
        : base(systemName: "sel")
    {
        _top = Sys.ActorOf(Props.Create<Parent>(), "top");
        _c1 = _top.Ask<IActorRef>(new Create("c1")).GetAwaiter().GetResult();
        _c2 = _top.Ask<IActorRef>(new Create("c2")).GetAwaiter().GetResult();
        _other = _top.Ask<IActorRef>(new Create("other")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Tell_AbsolutePath_ReachesTheActor()
    {
        Sys.ActorSelection("/user/top/c1").Tell("hi", TestActor);
        Assert.Equal("c1:hi", await ExpectMsgAsync<string>());
        Assert.Equal(_c1, LastSender);
    }

    [Fact]
    public async Task Tell_FullAddressPath_ReachesTheActor()
    {
        Sys.ActorSelection("flow://sel/user/top/c2").Tell("hi", TestActor);
        Assert.Equal("c2:hi", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Tell_OtherSystemAddress_GoesToDeadLetters()
    {
        var before = Sys.DeadLetterCount;
        Sys.ActorSelection("flow://elsewhere/user/top/c2").Tell("hi", TestActor);
        await ExpectNoMsgAsync();
        Assert.Equal(before + 1, Sys.DeadLetterCount);
    }

    [Fact]
    public async Task Tell_RelativeChildPath_FromActor_ReachesChild()
    {
        _top.Tell(new Select("c1", "rel"), TestActor);
        Assert.Equal("c1:rel", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Tell_DotDotPath_FromChild_ReachesSibling()
    {
        _c1.Tell(new Select("../c2", "sib"), TestActor);
        Assert.Equal("c2:sib", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Tell_StarWildcard_ReachesEveryMatchingChild()
    {
        Sys.ActorSelection("/user/top/c*").Tell("all", TestActor);
        var replies = await ReceiveNAsync(2);
        Assert.Equal(["c1:all", "c2:all"], replies.Cast<string>().Order());
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Tell_QuestionMarkWildcard_MatchesOneCharacter()
    {
        Sys.ActorSelection("/user/top/c?").Tell("q", TestActor);
        var replies = await ReceiveNAsync(2);
        Assert.Equal(["c1:q", "c2:q"], replies.Cast<string>().Order());
        Sys.ActorSelection("/user/top/ot?er").Tell("q", TestActor);
        Assert.Equal("other:q", await ExpectMsgAsync<string>());
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Tell_DotDotAboveRoot_GoesToDeadLettersAndIdentifyAnswersNull()
    {
        var before = Sys.DeadLetterCount;
        Sys.ActorSelection("/..").Tell("lost", TestActor);
        Assert.Equal(before + 1, Sys.DeadLetterCount);
        Sys.ActorSelection("/user/../..").Tell(new Identify(1), TestActor);
        Assert.Null((await ExpectMsgAsync<ActorIdentity>()).Subject);
    }

    [Fact]
    public async Task Identify_ExistingPath_AnswersWithTheActor()
    {
        Sys.ActorSelection("/user/top/other").Tell(new Identify("id-1"), TestActor);
        var identity = await ExpectMsgAsync<ActorIdentity>();
        Assert.Equal("id-1", identity.MessageId);
        Assert.Equal(_other, identity.Subject);
    }

    [Fact]
    public async Task Identify_NoMatch_AnswersWithNullSubject()
    {
        Sys.ActorSelection("/user/top/nobody").Tell(new Identify(7), TestActor);
        var identity = await ExpectMsgAsync<ActorIdentity>();
        Assert.Equal(7, identity.MessageId);
        Assert.Null(identity.Subject);
    }

    [Fact]
    public async Task Tell_NoMatch_GoesToDeadLetters()
    {
        var letters = CreateTestProbe();
        Sys.EventStream.Subscribe(letters.Ref, typeof(DeadLetter));
        Sys.ActorSelection("/user/top/nobody").Tell("lost", TestActor);
        var letter = await letters.ExpectMsgAsync<DeadLetter>();
        Assert.Equal("lost", letter.Message);
        Assert.Equal(TestActor, letter.Sender);
    }

    [Fact]
    public async Task ResolveOne_Existing_ReturnsTheRef()
    {
        var resolved = await Sys.ActorSelection("/user/top/c2").ResolveOne(TimeSpan.FromSeconds(3));
        Assert.Equal(_c2, resolved);
        Assert.Equal(0, Sys.TempContainer.Count);
    }

    [Fact]
    public async Task ResolveOne_NoMatch_ThrowsActorNotFound()
    {
        var error = await Assert.ThrowsAsync<ActorNotFoundException>(() => Sys.ActorSelection("/user/top/ghost").ResolveOne(TimeSpan.FromSeconds(3)));
        Assert.Contains("/user/top/ghost", error.Message);
        Assert.Equal(0, Sys.TempContainer.Count);
    }

    [Fact]
    public async Task ResolveOne_NegativeTimeout_ThrowsWithoutRegistering()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Sys.ActorSelection("/user/top/c1").ResolveOne(TimeSpan.FromSeconds(-1)));
        Assert.Equal(0, Sys.TempContainer.Count);
    }

    [Fact]
    public async Task ResolveOne_StoppedActor_ThrowsActorNotFound()
    {
        Watch(_c1);
        Sys.Stop(_c1);
        await ExpectTerminatedAsync(_c1);
        await Assert.ThrowsAsync<ActorNotFoundException>(() => Sys.ActorSelection("/user/top/c1").ResolveOne(TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task Tell_DeadLettersPath_Counts()
    {
        var before = Sys.DeadLetterCount;
        Sys.ActorSelection("/deadLetters").Tell("x", TestActor);
        await AwaitAssertAsync(() => Assert.Equal(before + 1, Sys.DeadLetterCount));
    }

    internal sealed record Create(string Name);

    internal sealed record Select(string Path, string Message);

    private sealed class Parent : ReceiveActor
    {
        public Parent()
        {
            Receive<Create>(c => Sender.Tell(Context.ActorOf(Props.Create<Named>(), c.Name), Self));
            Receive<Select>(s => Context.ActorSelection(s.Path).Tell(s.Message, Sender));
        }
    }

    private sealed class Named : ReceiveActor
    {
        public Named()
        {
            Receive<string>(m => Sender.Tell($"{Self.Path.Name}:{m}", Self));
            Receive<Select>(s => Context.ActorSelection(s.Path).Tell(s.Message, Sender));
        }
    }
}
