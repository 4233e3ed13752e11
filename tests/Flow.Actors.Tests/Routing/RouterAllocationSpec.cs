using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

/// <summary>The hot path's allocation budget: routing a message allocates nothing on the sender's thread.</summary>
public sealed class RouterAllocationSpec : TestKit.TestKit
{
    private const int Messages = 10_000;

    public static TheoryData<string> Kinds => ["round-robin-pool", "random-pool", "smallest-mailbox-pool", "consistent-hashing-pool"];

    // Synchronous on purpose: the allocation counter is per thread, so the test must not hop threads at an await.
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Tell_SteadyState_AllocatesNothingPerMessage(string kind)
    {
        var counter = new DeliveryCounter();
        var router = Sys.ActorOf(Props.Create(() => new Counting(counter)).WithRouter(RouterConfigFactory.Create(kind, 4, [])), "alloc");
        var messages = new Keyed[64];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = new Keyed("key-" + i, i);
        }

        // Warm up (JIT, the hash ring, the mailbox queues), then measure the same paced bursts: each burst is
        // delivered before the next, so mailbox queues never grow and only the routing itself is measured.
        SendPaced(router, messages, counter, Messages);
        counter.Rebase();
        var before = GC.GetAllocatedBytesForCurrentThread();
        SendPaced(router, messages, counter, Messages);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < Messages, $"{kind}: {allocated} B allocated on the sender's thread for {Messages} messages.");
    }

    private static void SendPaced(IActorRef router, Keyed[] messages, DeliveryCounter counter, int count)
    {
        const int Burst = 16;
        for (var sent = 0; sent < count;)
        {
            for (var i = 0; i < Burst; i++, sent++)
            {
                router.Tell(messages[sent & 63], null);
            }

            counter.SpinUntil(sent);
        }
    }

    private sealed class DeliveryCounter
    {
        private long _count;
        private long _base;

        public void Increment() => Interlocked.Increment(ref _count);

        public long Count => Interlocked.Read(ref _count);

        /// <summary>Waits on this thread (allocation-free) until <paramref name="target"/> more deliveries than at the last call.</summary>
        public void SpinUntil(long target)
        {
            var goal = _base + target;
            var deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (10 * System.Diagnostics.Stopwatch.Frequency);
            var spin = default(SpinWait);
            while (Count < goal)
            {
                if (System.Diagnostics.Stopwatch.GetTimestamp() > deadline)
                {
                    throw new TimeoutException($"Only {Count - _base} of {target} messages were delivered within 10 s.");
                }

                spin.SpinOnce();
            }
        }

        public void Rebase() => _base = Count;
    }

    private sealed class Counting(DeliveryCounter counter) : UntypedActor
    {
        protected override void OnReceive(object message) => counter.Increment();
    }
}
