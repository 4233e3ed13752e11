namespace Flow.Actors.Tests.Stress;

/// <summary>
/// One message in flight per pair: every hop finds the receiver's mailbox just going idle, the window in which a
/// lost wake-up (a message enqueued while the mailbox was judged empty) would stall the pair for good.
/// </summary>
public sealed class PingPongWakeupSpec : TestKit.TestKit
{
    private const int Pairs = 4;
    private const int RoundTrips = 100_000;

    [Fact]
    public async Task PingPong_OneMessageInFlight_NoLostWakeup()
    {
        var done = Enumerable.Range(0, Pairs).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        for (var p = 0; p < Pairs; p++)
        {
            var pong = Sys.ActorOf(Props.Create<Pong>());
            var pairDone = done[p];
            var ping = Sys.ActorOf(Props.Create(() => new Ping(pong, RoundTrips, pairDone)));
            ping.Tell("start", null);
        }

        await Task.WhenAll(done.Select(d => d.Task)).WaitAsync(TimeSpan.FromSeconds(30));
    }

    private sealed class Pong : ReceiveActor
    {
        public Pong() => Receive<int>(n => Sender.Tell(n, Self));
    }

    private sealed class Ping : ReceiveActor
    {
        public Ping(IActorRef pong, int roundTrips, TaskCompletionSource done)
        {
            Receive<string>(_ => pong.Tell(0, Self));
            Receive<int>(n =>
            {
                if (n + 1 == roundTrips)
                {
                    done.TrySetResult();
                }
                else
                {
                    pong.Tell(n + 1, Self);
                }
            });
        }
    }
}
