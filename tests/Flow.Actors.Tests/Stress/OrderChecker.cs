namespace Flow.Actors.Tests.Stress;

/// <summary>A message from producer <see cref="Sender"/> with its send sequence number.</summary>
internal readonly record struct Seq(int Sender, int N);

/// <summary>
/// Checks that every producer's messages arrive in send order and counts them; completes <c>done</c> with null once
/// all arrived, or with the first violation.
/// </summary>
internal sealed class OrderChecker : ReceiveActor
{
    public OrderChecker(int producers, int perProducer, TaskCompletionSource<string?> done)
    {
        var next = new int[producers];
        var total = 0L;
        var expected = (long)producers * perProducer;
        Receive<Seq>(m =>
        {
            if (next[m.Sender] != m.N)
            {
                done.TrySetResult($"producer {m.Sender}: expected {next[m.Sender]} but got {m.N}");
            }

            next[m.Sender] = m.N + 1;
            if (++total == expected)
            {
                done.TrySetResult(null);
            }
        });
    }
}
