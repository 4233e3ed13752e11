namespace Flow.Actors;

/// <summary>
/// Sent to an actor that set a receive timeout (<see cref="IActorContext.SetReceiveTimeout"/>) and received no
/// other message for that long.
/// </summary>
public sealed class ReceiveTimeout
{
    private ReceiveTimeout()
    {
    }

    /// <summary>The single instance.</summary>
    public static ReceiveTimeout Instance { get; } = new();
}
