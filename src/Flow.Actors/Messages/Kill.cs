namespace Flow.Actors;

/// <summary>
/// Makes the receiving actor fail with an <see cref="ActorKilledException"/>; its supervisor decides what
/// happens next (the default strategy stops it).
/// </summary>
public sealed class Kill : AutoReceivedMessage
{
    private Kill()
    {
    }

    /// <summary>The single instance.</summary>
    public static Kill Instance { get; } = new();
}
