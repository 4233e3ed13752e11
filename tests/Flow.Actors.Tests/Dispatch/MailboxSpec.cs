namespace Flow.Actors.Tests.Dispatch;

public sealed class MailboxSpec : TestKit.TestKit
{
    [Fact]
    public async Task SystemMessage_QueuedBehindUserMessages_ProcessedFirst()
    {
        var letters = CreateTestProbe();
        Sys.EventStream.Subscribe(letters.Ref, typeof(DeadLetter));
        var release = new TaskCompletionSource();
        var actor = Sys.ActorOf(Props.Create(() => new Blocking(TestActor, release.Task)));
        Watch(actor);
        actor.Tell("block", TestActor);
        await ExpectMsgAsync("blocked");
        actor.Tell("u1", TestActor);
        actor.Tell("u2", TestActor);
        Sys.Stop(actor);
        release.SetResult();

        await ExpectTerminatedAsync(actor);
        Assert.Equal("u1", (await letters.ExpectMsgAsync<DeadLetter>()).Message);
        Assert.Equal("u2", (await letters.ExpectMsgAsync<DeadLetter>()).Message);
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task SystemMessage_ArrivesMidBatch_ProcessedBeforeNextUserMessage()
    {
        var release = new TaskCompletionSource();
        var actor = Sys.ActorOf(Props.Create(() => new Blocking(TestActor, release.Task)));
        actor.Tell("block", TestActor);
        await ExpectMsgAsync("blocked");
        actor.Tell("u1", TestActor);
        var watcher = CreateTestProbe();
        watcher.Watch(actor);
        actor.Tell("stop-self-after", TestActor);
        actor.Tell("u2", TestActor);
        release.SetResult();
        Assert.Equal("u1", await ExpectMsgAsync<string>());
        Assert.Equal("stopping", await ExpectMsgAsync<string>());
        await watcher.ExpectTerminatedAsync(actor);
        await ExpectNoMsgAsync();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(100)]
    public async Task Throughput_AnySetting_AllMessagesProcessedInOrder(int throughput)
    {
        await using var system = ActorSystem.Create("throughput", new ActorSystemSetup { Settings = ActorSystemSettings.Default.WithThroughput(throughput) });
        Assert.Equal(throughput, system.Dispatchers.DefaultDispatcher.Throughput);
        var done = new TaskCompletionSource<int[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = system.ActorOf(Props.Create(() => new Collector(1000, done)));
        for (var i = 0; i < 1000; i++)
        {
            actor.Tell(i, null);
        }

        Assert.Equal(Enumerable.Range(0, 1000), await done.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Throughput_Zero_SystemCreationFails()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ActorSystem.Create("zero", new ActorSystemSetup { Settings = ActorSystemSettings.Default.WithThroughput(0) }));
        Assert.Contains("default-dispatcher", error.Message);
    }

    [Fact]
    public async Task Dispatcher_NamedInProps_ActorRunsOnIt()
    {
        var settings = ActorSystemSettings.Default with
        {
            Dispatchers = new Dictionary<string, int> { ["default-dispatcher"] = 30, ["slow"] = 2 },
        };
        await using var system = ActorSystem.Create("named-dispatcher", new ActorSystemSetup { Settings = settings });
        var done = new TaskCompletionSource<int[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = system.ActorOf(Props.Create(() => new Collector(10, done)).WithDispatcher("slow"));
        Assert.Equal("slow", ((LocalActorRef)actor).Cell.Dispatcher.Id);
        Assert.Equal(2, system.Dispatchers.Lookup("slow").Throughput);
        for (var i = 0; i < 10; i++)
        {
            actor.Tell(i, null);
        }

        Assert.Equal(Enumerable.Range(0, 10), await done.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private sealed class Blocking : ReceiveActor
    {
        public Blocking(IActorRef probe, Task release)
        {
            Receive<string>(s => s == "block", _ =>
            {
                probe.Tell("blocked", Self);
                release.Wait();
            });
            Receive<string>(s => s == "stop-self-after", _ =>
            {
                Context.Stop(Self);
                probe.Tell("stopping", Self);
            });
            Receive<string>(s => probe.Tell(s, Self));
        }
    }

    private sealed class Collector : ReceiveActor
    {
        private readonly List<int> _seen = [];

        public Collector(int expected, TaskCompletionSource<int[]> done) => Receive<int>(i =>
        {
            _seen.Add(i);
            if (_seen.Count == expected)
            {
                done.TrySetResult([.. _seen]);
            }
        });
    }
}
