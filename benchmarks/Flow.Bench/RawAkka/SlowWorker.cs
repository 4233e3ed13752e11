using Akka.Actor;

namespace Flow.Bench.RawAkka;

/// <summary>A routee that takes 50 ms per request without holding a thread (ReceiveAsync suspends its mailbox meanwhile).</summary>
internal sealed class SlowWorker : ReceiveActor
{
    public SlowWorker() =>
        ReceiveAsync<SlowWork>(async _ =>
        {
            var sender = Sender;
            await Task.Delay(50);
            sender.Tell(SlowDone.Instance);
        });

    public static Props Props() => Akka.Actor.Props.Create(() => new SlowWorker());
}
