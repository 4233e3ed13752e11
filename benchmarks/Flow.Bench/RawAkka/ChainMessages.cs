using Akka.Actor;

namespace Flow.Bench.RawAkka;

/// <summary>What a caller asks the chain's gateway.</summary>
internal sealed record ChainRequest
{
    public static ChainRequest Instance { get; } = new();
}

/// <summary>One hop of a request through the chain: the entity that gets it tells the next region, or the caller.</summary>
internal sealed record ChainHop(IActorRef ReplyTo);

/// <summary>The last entity's answer to the caller.</summary>
internal sealed record ChainDone
{
    public static ChainDone Instance { get; } = new();
}
