using BenchmarkDotNet.Attributes;
using Flow.Actors;
using Flow.Actors.Routing;

namespace Flow.Benchmarks.Routing;

/// <summary>
/// Router dispatch: a tell through a router's ref until the routee has received it, per router kind, from one sender
/// thread to 4 routees. Allocated bytes are per routed message; round-robin, random, smallest-mailbox and
/// consistent-hashing (with an <see cref="IConsistentHashable"/> message) must stay at 0 B. Broadcast counts one
/// operation per routee delivery; scatter-gather and tail-chopping count one per reply reaching the sender (they
/// allocate a temporary ref and timers per message by design).
/// </summary>
[MemoryDiagnoser]
public class RouterDispatchBenchmarks
{
    private const int Routees = 4;
    private const int Messages = 100_000;
    private const int RequestReplyMessages = 10_000;

    private static readonly object Message = new();

    private readonly Countdown _countdown = new();
    private HashedMessage[] _hashed = [];
    private ActorSystem _system = null!;
    private IActorRef _direct = null!;
    private IActorRef _roundRobin = null!;
    private IActorRef _random = null!;
    private IActorRef _smallestMailbox = null!;
    private IActorRef _consistentHashing = null!;
    private IActorRef _broadcast = null!;
    private IActorRef _scatterGather = null!;
    private IActorRef _tailChopping = null!;
    private IActorRef _sink = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = ActorSystem.Create("router-bench");
        var counting = Props.Create(() => new CountingRoutee(_countdown));
        _direct = _system.ActorOf(counting, "direct");
        _roundRobin = _system.ActorOf(counting.WithRouter(new RoundRobinPool(Routees)), "round-robin");
        _random = _system.ActorOf(counting.WithRouter(new RandomPool(Routees)), "random");
        _smallestMailbox = _system.ActorOf(counting.WithRouter(new SmallestMailboxPool(Routees)), "smallest-mailbox");
        _consistentHashing = _system.ActorOf(counting.WithRouter(new ConsistentHashingPool(Routees)), "consistent-hashing");
        _broadcast = _system.ActorOf(counting.WithRouter(new BroadcastPool(Routees)), "broadcast");
        var replying = Props.Create<ReplyingRoutee>();
        _scatterGather = _system.ActorOf(replying.WithRouter(new ScatterGatherFirstCompletedPool(Routees, TimeSpan.FromSeconds(30))), "scatter-gather");
        _tailChopping = _system.ActorOf(replying.WithRouter(new TailChoppingPool(Routees, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10))), "tail-chopping");
        _sink = _system.ActorOf(Props.Create(() => new ReplySink(_countdown)), "sink");
        _hashed = new HashedMessage[256];
        for (var i = 0; i < _hashed.Length; i++)
        {
            _hashed[i] = new HashedMessage("key-" + i);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _system.Terminate().GetAwaiter().GetResult();

    /// <summary>Baseline: the same tells straight to one actor, without a router.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Messages)]
    public void DirectTell() => Send(_direct, Messages, Messages);

    [Benchmark(OperationsPerInvoke = Messages)]
    public void RoundRobin() => Send(_roundRobin, Messages, Messages);

    [Benchmark(OperationsPerInvoke = Messages)]
    public void Random() => Send(_random, Messages, Messages);

    [Benchmark(OperationsPerInvoke = Messages)]
    public void SmallestMailbox() => Send(_smallestMailbox, Messages, Messages);

    [Benchmark(OperationsPerInvoke = Messages)]
    public void ConsistentHashing()
    {
        _countdown.Reset(Messages);
        var hashed = _hashed;
        for (var i = 0; i < Messages; i++)
        {
            _consistentHashing.Tell(hashed[i & 255], null);
        }

        _countdown.Wait();
    }

    [Benchmark(OperationsPerInvoke = Messages * Routees)]
    public void Broadcast() => Send(_broadcast, Messages, Messages * Routees);

    [Benchmark(OperationsPerInvoke = RequestReplyMessages)]
    public void ScatterGatherFirstCompleted() => Send(_scatterGather, RequestReplyMessages, RequestReplyMessages, _sink);

    [Benchmark(OperationsPerInvoke = RequestReplyMessages)]
    public void TailChopping() => Send(_tailChopping, RequestReplyMessages, RequestReplyMessages, _sink);

    private void Send(IActorRef target, int messages, int deliveries, IActorRef? sender = null)
    {
        _countdown.Reset(deliveries);
        for (var i = 0; i < messages; i++)
        {
            target.Tell(Message, sender);
        }

        _countdown.Wait();
    }
}
