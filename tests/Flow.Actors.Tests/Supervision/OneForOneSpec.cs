using Flow.Actors.Supervision;

namespace Flow.Actors.Tests.Supervision;

public sealed class OneForOneSpec : TestKit.TestKit
{
    [Fact]
    public async Task Resume_ChildFails_StateKeptAndFailingMessageDropped()
    {
        var (child, _) = await SpawnAsync(Directive.Resume);
        child.Tell("count?", TestActor);
        Assert.Equal("c:1", await ExpectMsgAsync<string>());
        child.Tell(new Fail("oops"), TestActor);
        child.Tell("count?", TestActor);
        Assert.Equal("c:2", await ExpectMsgAsync<string>());
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Restart_ChildFails_StateResetFailingMessageDroppedMailboxKept()
    {
        var (child, _) = await SpawnAsync(Directive.Restart);
        child.Tell("count?", TestActor);
        child.Tell("count?", TestActor);
        Assert.Equal("c:1", await ExpectMsgAsync<string>());
        Assert.Equal("c:2", await ExpectMsgAsync<string>());
        child.Tell(new Fail("oops"), TestActor);
        child.Tell("after-1", TestActor);
        child.Tell("after-2", TestActor);
        Assert.Equal("c:preRestart:oops:oops", await ExpectMsgAsync<string>());
        Assert.Equal("c:postStop", await ExpectMsgAsync<string>());
        Assert.Equal("c:postRestart:oops", await ExpectMsgAsync<string>());
        Assert.Equal("c:preStart", await ExpectMsgAsync<string>());
        Assert.Equal("after-1", await ExpectMsgAsync<string>());
        Assert.Equal("after-2", await ExpectMsgAsync<string>());
        child.Tell("count?", TestActor);
        Assert.Equal("c:3", await ExpectMsgAsync<string>());
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Stop_ChildFails_StoppedAndLaterMessagesDeadLettered()
    {
        var letters = CreateTestProbe();
        Sys.EventStream.Subscribe(letters.Ref, typeof(DeadLetter));
        var (child, _) = await SpawnAsync(Directive.Stop);
        Watch(child);
        child.Tell(new Fail("fatal"), TestActor);
        child.Tell("after", TestActor);
        Assert.Equal("c:postStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(child);
        Assert.Equal("after", (await letters.ExpectMsgAsync<DeadLetter>()).Message);
    }

    [Fact]
    public async Task Restart_OneOfTwoChildrenFails_OnlyItRestarts()
    {
        var (first, supervisor) = await SpawnAsync(Directive.Restart);
        supervisor.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "d")), "d"), TestActor);
        var second = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("d:preStart", await ExpectMsgAsync<string>());
        second.Tell("count?", TestActor);
        Assert.Equal("d:1", await ExpectMsgAsync<string>());
        first.Tell(new Fail("x"), TestActor);
        Assert.Equal("c:preRestart:x:x", await ExpectMsgAsync<string>());
        Assert.Equal("c:postStop", await ExpectMsgAsync<string>());
        Assert.Equal("c:postRestart:x", await ExpectMsgAsync<string>());
        Assert.Equal("c:preStart", await ExpectMsgAsync<string>());
        second.Tell("count?", TestActor);
        Assert.Equal("d:2", await ExpectMsgAsync<string>());
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Decider_ChildThrows_ReceivesTheSameException()
    {
        var seen = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(e =>
        {
            seen.TrySetResult(e);
            return Directive.Resume;
        }))));
        supervisor.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "c"))), TestActor);
        var child = await ExpectMsgAsync<IActorRef>();
        var cause = new ArgumentException("exact");
        child.Tell(new Fail(cause), TestActor);
        Assert.Same(cause, await seen.Task.WaitAsync(TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task Decider_Throws_SupervisorFailsAndProcessSurvives()
    {
        var grand = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Stop))));
        grand.Tell(new Spawn(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => throw new InvalidOperationException("decider broke"))))), TestActor);
        var supervisor = await ExpectMsgAsync<IActorRef>();
        supervisor.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "c"))), TestActor);
        var child = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("c:preStart", await ExpectMsgAsync<string>());
        Watch(supervisor);
        child.Tell(new Fail("x"), TestActor);
        Assert.Equal("c:postStop", await ExpectMsgAsync<string>());
        await ExpectTerminatedAsync(supervisor);
    }

    [Fact]
    public async Task DefaultStrategy_UserGuardian_RestartsTopLevelActor()
    {
        var worker = Sys.ActorOf(Props.Create(() => new Worker(TestActor, "top")));
        Assert.Equal("top:preStart", await ExpectMsgAsync<string>());
        worker.Tell(new Fail("x"), TestActor);
        Assert.Equal("top:preRestart:x:x", await ExpectMsgAsync<string>());
        Assert.Equal("top:postStop", await ExpectMsgAsync<string>());
        Assert.Equal("top:postRestart:x", await ExpectMsgAsync<string>());
        Assert.Equal("top:preStart", await ExpectMsgAsync<string>());
    }

    private async Task<(IActorRef Child, IActorRef Supervisor)> SpawnAsync(Directive directive)
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => directive))));
        supervisor.Tell(new Spawn(Props.Create(() => new Worker(TestActor, "c")), "c"), TestActor);
        var child = await ExpectMsgAsync<IActorRef>();
        Assert.Equal("c:preStart", await ExpectMsgAsync<string>());
        return (child, supervisor);
    }
}
