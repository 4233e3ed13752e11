namespace Flow.Actors.Routing;

/// <summary>Sent once by the factory, after the first routees are published: watch and resolve them.</summary>
internal sealed class RouterStarted
{
    public static readonly RouterStarted Instance = new();
}

/// <summary>Sent by the routed ref when the resizer says it is time; at most one is pending at a time.</summary>
internal sealed class ResizeRequest
{
    public static readonly ResizeRequest Instance = new();
}
