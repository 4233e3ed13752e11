using Flow.Actors.Supervision;

namespace Flow.Actors.Tests.Actor;

/// <summary>An instance restarted while its async handler awaits never resumes: its successor alone runs.</summary>
public sealed class ReceiveAsyncRestartSpec : TestKit.TestKit
{
    [Fact]
    public async Task ReceiveAsync_RestartedWhileAwaiting_OldContinuationDropped()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var parent = Sys.ActorOf(Props.Create(() => new Parent(TestActor, gate.Task)));
        var (waiter, faulty) = await parent.Ask<(IActorRef, IActorRef)>("children?");

        waiter.Tell("wait", TestActor);
        Assert.Equal("awaiting:1", await ExpectMsgAsync<string>());
        faulty.Tell("fail", TestActor);
        Assert.Equal("started:2", await ExpectMsgAsync<string>());

        gate.SetResult();
        waiter.Tell("ping", TestActor);
        Assert.Equal("pong:2", await ExpectMsgAsync<string>());
        await ExpectNoMsgAsync();
    }

    private sealed class Parent : ReceiveActor
    {
        public Parent(IActorRef probe, Task gate)
        {
            var counter = new int[1];
            var waiter = Context.ActorOf(Props.Create(() => new Waiter(probe, gate, ++counter[0])), "waiter");
            var faulty = Context.ActorOf(Props.Create(() => new Faulty()), "faulty");
            Receive<string>(_ => Sender.Tell((waiter, faulty), Self));
        }

        protected override SupervisorStrategy SupervisorStrategy() => new AllForOneStrategy(_ => Directive.Restart);
    }

    private sealed class Waiter : ReceiveActor
    {
        public Waiter(IActorRef probe, Task gate, int incarnation)
        {
            ReceiveAsync<string>(
                async _ =>
                {
                    probe.Tell($"awaiting:{incarnation}", Self);
                    await gate;
                    probe.Tell($"continued:{incarnation}", Self);
                },
                s => s == "wait");
            Receive<string>(s => s == "ping", _ => Sender.Tell($"pong:{incarnation}", Self));
            if (incarnation > 1)
            {
                probe.Tell($"started:{incarnation}", Self);
            }
        }
    }

    private sealed class Faulty : ReceiveActor
    {
        public Faulty() => Receive<string>(_ => throw new InvalidOperationException("sibling failure"));
    }
}
