using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Actor;

public sealed class TellAskSpec : TestKit.TestKit
{
    [Fact]
    public async Task Tell_WithSender_ReplyReachesSender()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>(), "echo");
        echo.Tell("hello", TestActor);
        Assert.Equal("hello", await ExpectMsgAsync<string>());
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public async Task Ask_ReplyOfExpectedType_ReturnsIt()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        Assert.Equal(42, await echo.Ask<int>(42, TimeSpan.FromSeconds(3)));
        Assert.Equal(0, Sys.TempContainer.Count);
    }

    [Fact]
    public async Task Ask_NoReply_ThrowsAskTimeoutAndUnregisters()
    {
        var clock = new ManualTimeProvider();
        await using var system = ActorSystem.Create("ask-timeout", new ActorSystemSetup { TimeProvider = clock });
        var probe = new TestProbe(system);
        var task = probe.Ref.Ask<string>("question", TimeSpan.FromSeconds(5));
        await probe.ExpectMsgAsync("question");
        clock.Advance(TimeSpan.FromSeconds(5));
        var error = await Assert.ThrowsAsync<AskTimeoutException>(() => task);
        Assert.Contains("5000 ms", error.Message);
        Assert.Equal(0, system.TempContainer.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task Ask_NonPositiveTimeout_FailsWithoutRegistering(int seconds)
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => echo.Ask<int>(1, TimeSpan.FromSeconds(seconds)));
        Assert.Equal("timeout", error.ParamName);
        Assert.Equal(0, Sys.TempContainer.Count);
    }

    [Fact]
    public async Task Ask_InfiniteTimeout_WaitsForTheReply()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        Assert.Equal(7, await echo.Ask<int>(7, Timeout.InfiniteTimeSpan));
        Assert.Equal(0, Sys.TempContainer.Count);
    }

    [Fact]
    public async Task Ask_DeadActor_FailsFastNamingTheActor()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>(), "doomed");
        Watch(echo);
        Sys.Stop(echo);
        await ExpectTerminatedAsync(echo);
        var error = await Assert.ThrowsAsync<ActorTerminatedException>(() => echo.Ask<string>("anyone?"));
        Assert.Contains("/user/doomed", error.Message);
    }

    [Fact]
    public async Task Tell_ToStoppedActor_GoesToDeadLetters()
    {
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe(deadLetters.Ref, typeof(DeadLetter));
        var echo = Sys.ActorOf(Props.Create<EchoActor>(), "gone");
        Watch(echo);
        echo.Tell(PoisonPill.Instance, null);
        await ExpectTerminatedAsync(echo);
        echo.Tell("lost", TestActor);
        var letter = await deadLetters.ExpectMsgAsync<DeadLetter>(d => Equals(d.Message, "lost"));
        Assert.Equal(echo, letter.Recipient);
        Assert.Equal(TestActor, letter.Sender);
    }

    [Fact]
    public void ActorOf_AbstractType_ThrowsNamingTheType()
    {
        var error = Assert.Throws<ArgumentException>(() => Sys.ActorOf(Props.Create(typeof(ReceiveActor))));
        Assert.Contains("Flow.Actors.ReceiveActor", error.Message);
        Assert.Contains("abstract", error.Message);
    }

    [Fact]
    public void ActorOf_NoMatchingConstructor_ThrowsNamingTheType()
    {
        var error = Assert.Throws<ArgumentException>(() => Sys.ActorOf(Props.Create(typeof(EchoActor), "unexpected")));
        Assert.Contains(typeof(EchoActor).FullName!, error.Message);
        Assert.Contains("String", error.Message);
    }

    [Fact]
    public void ActorOf_DuplicateName_Throws()
    {
        Sys.ActorOf(Props.Create<EchoActor>(), "twin");
        Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<EchoActor>(), "twin"));
    }
}
