namespace Flow.Actors.Tests.Stress;

public sealed class ManySendersOrderingSpec : TestKit.TestKit
{
    private const int Producers = 8;
    private const int PerProducer = 100_000;

    [Fact]
    public async Task Tell_EightThreadsToOneReceiver_EveryMessageInPerSenderOrder()
    {
        var done = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var receiver = Sys.ActorOf(Props.Create(() => new OrderChecker(Producers, PerProducer, done)));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var producers = Enumerable.Range(0, Producers).Select(p => Task.Run(async () =>
        {
            await start.Task;
            for (var i = 0; i < PerProducer; i++)
            {
                receiver.Tell(new Seq(p, i), null);
            }
        })).ToArray();
        start.SetResult();
        await Task.WhenAll(producers).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Null(await done.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, Sys.DeadLetterCount);
    }

    [Fact]
    public async Task Tell_EightActorsToOneReceiver_EveryMessageInPerSenderOrder()
    {
        var done = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var receiver = Sys.ActorOf(Props.Create(() => new OrderChecker(Producers, PerProducer / 4, done)));
        var producers = Enumerable.Range(0, Producers).Select(p => Sys.ActorOf(Props.Create(() => new Producer(p, PerProducer / 4)))).ToList();
        foreach (var producer in producers)
        {
            producer.Tell(receiver, null);
        }

        Assert.Null(await done.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Tell_ThroughputOne_ManyThreads_EveryMessageInPerSenderOrder()
    {
        await using var system = ActorSystem.Create("throughput-one", new ActorSystemSetup { Settings = ActorSystemSettings.Default.WithThroughput(1) });
        var done = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var receiver = system.ActorOf(Props.Create(() => new OrderChecker(4, 25_000, done)));
        var producers = Enumerable.Range(0, 4).Select(p => Task.Run(() =>
        {
            for (var i = 0; i < 25_000; i++)
            {
                receiver.Tell(new Seq(p, i), null);
            }
        })).ToArray();
        await Task.WhenAll(producers).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Null(await done.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Tell_ManyPairs_EachPairInOrder()
    {
        const int pairs = 50;
        const int messages = 2_000;
        var dones = new List<Task<string?>>();
        for (var p = 0; p < pairs; p++)
        {
            var done = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
            dones.Add(done.Task);
            var receiver = Sys.ActorOf(Props.Create(() => new OrderChecker(1, messages, done)));
            var producer = Sys.ActorOf(Props.Create(() => new Producer(0, messages)));
            producer.Tell(receiver, null);
        }

        var results = await Task.WhenAll(dones).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(results, Assert.Null);
    }

    private sealed class Producer : ReceiveActor
    {
        public Producer(int id, int count) => Receive<IActorRef>(target =>
        {
            for (var i = 0; i < count; i++)
            {
                target.Tell(new Seq(id, i), Self);
            }
        });
    }
}
