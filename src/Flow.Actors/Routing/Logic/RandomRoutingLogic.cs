namespace Flow.Actors.Routing;

/// <summary>Sends to a routee chosen uniformly at random.</summary>
public sealed class RandomRoutingLogic : RoutingLogic
{
    private const ulong Golden = 0x9E3779B97F4A7C15;
    private readonly bool _seeded;
    private long _state;

    /// <summary>Random choices from <see cref="Random.Shared"/>.</summary>
    public RandomRoutingLogic()
    {
    }

    /// <summary>A reproducible sequence of choices (for a given sequence of routee counts), from <paramref name="seed"/>.</summary>
    public RandomRoutingLogic(long seed)
    {
        _seeded = true;
        _state = seed;
    }

    /// <inheritdoc />
    public override Routee Select(object message, Routee[] routees)
    {
        if (routees.Length == 0)
        {
            return NoRoutee.Instance;
        }

        return routees[_seeded ? NextSeeded(routees.Length) : Random.Shared.Next(routees.Length)];
    }

    // SplitMix64 over an atomically advanced state: lock-free and allocation-free under concurrent senders.
    private int NextSeeded(int bound)
    {
        var z = unchecked((ulong)Interlocked.Add(ref _state, unchecked((long)Golden)));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        z ^= z >> 31;
        return (int)((z >> 1) % (ulong)bound);
    }
}
