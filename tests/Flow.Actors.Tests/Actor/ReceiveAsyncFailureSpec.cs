namespace Flow.Actors.Tests.Actor;

/// <summary>An async handler that fails after an await is supervised like a sync one: PreRestart sees the message.</summary>
public sealed class ReceiveAsyncFailureSpec : TestKit.TestKit
{
    [Fact]
    public async Task ReceiveAsync_FailsAfterAwait_PreRestartReceivesTheFailedMessage()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = Sys.ActorOf(Props.Create(() => new FailingAfterAwait(TestActor, gate.Task)));
        actor.Tell("work", TestActor);
        Assert.Equal("awaiting", await ExpectMsgAsync<string>());
        gate.SetResult();
        Assert.Equal("preRestart:work:late failure", await ExpectMsgAsync<string>());
        actor.Tell("ping", TestActor);
        Assert.Equal("pong", await ExpectMsgAsync<string>());
    }

    private sealed class FailingAfterAwait : ReceiveActor
    {
        private readonly IActorRef _probe;

        public FailingAfterAwait(IActorRef probe, Task gate)
        {
            _probe = probe;
            ReceiveAsync<string>(
                async _ =>
                {
                    probe.Tell("awaiting", Self);
                    await gate;
                    throw new InvalidOperationException("late failure");
                },
                s => s == "work");
            Receive<string>(s => s == "ping", _ => Sender.Tell("pong", Self));
        }

        protected override void PreRestart(Exception reason, object? message) => _probe.Tell($"preRestart:{message}:{reason.Message}", Self);
    }
}
