using Flow.Actors.Supervision;

namespace Flow.Actors.Tests.Supervision;

public sealed class ActorInitializationSpec : TestKit.TestKit
{
    [Fact]
    public async Task Constructor_Throws_ActorInitializationExceptionAndStopped()
    {
        var decisions = CreateTestProbe();
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(e =>
        {
            decisions.Ref.Tell(e, null);
            return SupervisorStrategy.DefaultDecider(e);
        }))));
        supervisor.Tell(new Spawn(Props.Create(() => new Exploding("ctor boom")), "exploding"), TestActor);
        var child = await ExpectMsgAsync<IActorRef>();
        Watch(child);
        var error = await decisions.ExpectMsgAsync<ActorInitializationException>();
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("/user/", error.Message);
        Assert.Contains(typeof(Exploding).FullName!, error.Message);
        Assert.Contains("ctor boom", error.Message);
        await ExpectTerminatedAsync(child);
    }

    [Fact]
    public async Task PreStart_Throws_ActorInitializationExceptionAndStopped()
    {
        var letters = CreateTestProbe();
        Sys.EventStream.Subscribe(letters.Ref, typeof(DeadLetter));
        var child = Sys.ActorOf(Props.Create<FailingPreStart>(), "bad-start");
        Watch(child);
        child.Tell("queued", TestActor);
        await ExpectTerminatedAsync(child);
        Assert.Equal("queued", (await letters.ExpectMsgAsync<DeadLetter>()).Message);
    }

    [Fact]
    public async Task Constructor_ThrowsOnRestart_ActorStopped()
    {
        var attempts = 0;
        var actor = Sys.ActorOf(Props.Create(() => new Exploding(Interlocked.Increment(ref attempts) > 1 ? "second ctor" : null)));
        Watch(actor);
        actor.Tell(new Fail("first"), TestActor);
        await ExpectTerminatedAsync(actor);
        Assert.Equal(2, Volatile.Read(ref attempts));
    }

    [Fact]
    public async Task Factory_ReturnsNull_ActorStoppedOthersUnaffected()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Exploding(null)), "ok");
        var nullFactory = Props.Create(() => (Exploding)null!);
        var child = Sys.ActorOf(nullFactory, "null-factory");
        Watch(child);
        await ExpectTerminatedAsync(child);
        actor.Tell("still alive", TestActor);
        Assert.Equal("still alive", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Constructor_ThrowsAndSupervisorResumes_ActorIsCreatedInstead()
    {
        var attempts = 0;
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Resume))));
        supervisor.Tell(new Spawn(Props.Create(() => new Exploding(Interlocked.Increment(ref attempts) == 1 ? "first ctor" : null))), TestActor);
        var child = await ExpectMsgAsync<IActorRef>();
        child.Tell("works", TestActor);
        Assert.Equal("works", await ExpectMsgAsync<string>());
        Assert.Equal(2, Volatile.Read(ref attempts));
    }

    private sealed class Exploding : ReceiveActor
    {
        public Exploding(string? message)
        {
            if (message is not null)
            {
                throw new InvalidOperationException(message);
            }

            Receive<Fail>(f => throw f.Cause);
            ReceiveAny(m => Sender.Tell(m, Self));
        }
    }

    private sealed class FailingPreStart : ReceiveActor
    {
        protected override void PreStart() => throw new InvalidOperationException("preStart boom");
    }
}
