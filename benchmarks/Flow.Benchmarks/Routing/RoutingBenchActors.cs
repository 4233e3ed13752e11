using Flow.Actors;
using Flow.Actors.Routing;

namespace Flow.Benchmarks.Routing;

/// <summary>A routee that counts what it receives.</summary>
internal sealed class CountingRoutee(Countdown countdown) : UntypedActor
{
    protected override void OnReceive(object message) => countdown.Signal();
}

/// <summary>A routee that replies to the sender (for scatter-gather and tail-chopping).</summary>
internal sealed class ReplyingRoutee : UntypedActor
{
    protected override void OnReceive(object message) => Sender.Tell(message, Self);
}

/// <summary>The original sender of scatter-gather and tail-chopping messages: counts the replies it gets.</summary>
internal sealed class ReplySink(Countdown countdown) : UntypedActor
{
    protected override void OnReceive(object message) => countdown.Signal();
}

/// <summary>A message with its consistent-hashing key (the key object is stored: reading it allocates nothing).</summary>
internal sealed class HashedMessage(string key) : IConsistentHashable
{
    public object ConsistentHashKey { get; } = key;
}
