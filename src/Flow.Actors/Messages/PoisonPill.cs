namespace Flow.Actors;

/// <summary>
/// Stops the receiving actor once it has processed the messages enqueued before the pill.
/// The actor's <c>PostStop</c> runs and its watchers receive <see cref="Terminated"/>.
/// </summary>
public sealed class PoisonPill : AutoReceivedMessage
{
    private PoisonPill()
    {
    }

    /// <summary>The single instance.</summary>
    public static PoisonPill Instance { get; } = new();
}
