using BenchmarkDotNet.Attributes;
using Flow.Actors;

namespace Flow.Benchmarks.Actor;

/// <summary>Ask round trip: request, reply, task completion.</summary>
[MemoryDiagnoser]
public class AskBenchmarks
{
    private ActorSystem _system = null!;
    private IActorRef _echo = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = ActorSystem.Create("bench");
        _echo = _system.ActorOf(Props.Create<EchoActor>());
    }

    [GlobalCleanup]
    public void Cleanup() => _system.Terminate().GetAwaiter().GetResult();

    [Benchmark]
    public Task<object> AskRoundTrip() => _echo.Ask(Ping.Instance, TimeSpan.FromSeconds(5));
}
