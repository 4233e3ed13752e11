namespace Flow.Actors.Tests.DeathWatch;

/// <summary>Refs that are not actors still answer a watch: dead letters at once, an ask's temporary ref when it completes.</summary>
public sealed class SpecialRefsWatchSpec : TestKit.TestKit
{
    [Fact]
    public async Task Watch_DeadLetters_TerminatedWithoutConfirmedExistence()
    {
        Watch(Sys.DeadLetters);
        var terminated = await ExpectTerminatedAsync(Sys.DeadLetters);
        Assert.False(terminated.ExistenceConfirmed);
    }

    [Fact]
    public async Task Watch_AskTemporaryRef_TerminatedOnceTheAskCompletes()
    {
        var responder = Sys.ActorOf(Props.Create(() => new WatchingResponder(TestActor)));
        Assert.Equal("answer", await responder.Ask<string>("question", TimeSpan.FromSeconds(5)));
        Assert.Equal("asker-terminated", await ExpectMsgAsync<string>());
        await ExpectNoMsgAsync();
    }

    private sealed class WatchingResponder : ReceiveActor
    {
        public WatchingResponder(IActorRef probe)
        {
            Receive<string>(_ =>
            {
                Context.Watch(Sender);
                Sender.Tell("answer", Self);
            });
            Receive<Terminated>(_ => probe.Tell("asker-terminated", Self));
        }
    }
}
