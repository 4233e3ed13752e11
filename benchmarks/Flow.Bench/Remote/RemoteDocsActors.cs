using Flow.Actors;
using Flow.Core.Documents;

namespace Flow.Bench.Remote;

/// <summary>Sends <c>Count</c> arrays to <c>Target</c> with at most <c>InFlight</c> unanswered; completes <c>Done</c> on the last answer.</summary>
internal sealed record DocsRun(IActorRef Target, DocumentArray Docs, int Count, int InFlight, TaskCompletionSource Done);

/// <summary>Keeps a window of arrays in flight to a remote sink or echo; any answer (an ack or the echoed array) opens the window by one.</summary>
internal sealed class DocsSenderActor : ReceiveActor
{
    private DocsRun? _run;
    private int _sent;
    private int _answered;

    public DocsSenderActor()
    {
        Receive<DocsRun>(run =>
        {
            _run = run;
            _sent = 0;
            _answered = 0;
            for (; _sent < Math.Min(run.InFlight, run.Count); _sent++)
            {
                run.Target.Tell(run.Docs, Self);
            }
        });
        Receive<int>(_ => Answered());
        Receive<DocumentArray>(_ => Answered());
    }

    private void Answered()
    {
        var run = _run!;
        _answered++;
        if (_sent < run.Count)
        {
            run.Target.Tell(run.Docs, Self);
            _sent++;
        }
        else if (_answered == run.Count)
        {
            run.Done.TrySetResult();
        }
    }
}

/// <summary>In the echo node: acknowledges each array with its document count (a 4-byte answer).</summary>
internal sealed class DocsSinkActor : ReceiveActor
{
    public DocsSinkActor() => Receive<DocumentArray>(docs => Sender.Tell(docs.Count, Self));
}

/// <summary>In the echo node: sends each array back whole (deserialized, then serialized again).</summary>
internal sealed class DocsEchoActor : ReceiveActor
{
    public DocsEchoActor() => Receive<DocumentArray>(docs => Sender.Tell(docs, Self));
}
