using BenchmarkDotNet.Attributes;
using Flow.Actors;

namespace Flow.Benchmarks.Actor;

/// <summary>Tell → receive: one sender thread, one actor, 10,000 messages per operation batch.</summary>
[MemoryDiagnoser]
public class TellBenchmarks
{
    private const int Messages = 10_000;
    private readonly CountdownSignal _signal = new();
    private ActorSystem _system = null!;
    private IActorRef _actor = null!;

    [Params(30)]
    public int Throughput { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _system = ActorSystem.Create("bench", new ActorSystemSetup { Settings = ActorSystemSettings.Default.WithThroughput(Throughput) });
        _actor = _system.ActorOf(Props.Create(() => new CountingActor(_signal)));
    }

    [GlobalCleanup]
    public void Cleanup() => _system.Terminate().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Messages)]
    public void TellReceive()
    {
        _signal.Reset(Messages);
        var actor = _actor;
        var message = Ping.Instance;
        for (var i = 0; i < Messages; i++)
        {
            actor.Tell(message, null);
        }

        _signal.Wait();
    }
}
