using Flow.Actors;

namespace Flow.Bench.Remote;

/// <summary>Keeps <c>inFlight</c> messages in flight to its remote echo until it has received <c>repeat</c> replies.</summary>
internal sealed class RemoteClientActor : ReceiveActor
{
    private long _sent;
    private long _received;

    public RemoteClientActor(IActorRef echo, long repeat, int inFlight, TaskCompletionSource done)
    {
        Receive<string>(m =>
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
        Receive<StartRun>(_ =>
        {
            var initial = Math.Min(inFlight, repeat);
            for (var i = 0; i < initial; i++)
            {
                echo.Tell("hit", Self);
                _sent++;
            }
        });
    }
}
