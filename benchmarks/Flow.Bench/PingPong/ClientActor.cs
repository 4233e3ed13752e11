using Flow.Actors;

namespace Flow.Bench.PingPong;

/// <summary>Keeps 1,000 messages in flight to its echo until it has received <c>repeat</c> replies.</summary>
internal sealed class ClientActor : ReceiveActor
{
    private long _sent;
    private long _received;

    public ClientActor(IActorRef echo, long repeat, TaskCompletionSource done)
    {
        Receive<Msg>(m =>
        {
            _received++;
            if (_sent < repeat)
            {
                echo.Tell(m, Self);
                _sent++;
            }
            else if (_received >= repeat)
            {
                done.TrySetResult();
            }
        });
        Receive<Run>(_ =>
        {
            var initial = Math.Min(1000, repeat);
            for (var i = 0; i < initial; i++)
            {
                echo.Tell(Msg.Instance, Self);
                _sent++;
            }
        });
    }
}
