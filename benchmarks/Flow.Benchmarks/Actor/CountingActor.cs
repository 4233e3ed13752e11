using Flow.Actors;

namespace Flow.Benchmarks.Actor;

/// <summary>Counts messages and sets a signal when the expected number has arrived.</summary>
internal sealed class CountingActor : ReceiveActor
{
    public CountingActor(CountdownSignal signal)
    {
        Receive<Ping>(_ => signal.Signal());
    }
}
