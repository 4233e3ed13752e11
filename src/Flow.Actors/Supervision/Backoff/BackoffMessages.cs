namespace Flow.Actors.Supervision;

/// <summary>Asks a back-off supervisor for its child; it answers <see cref="CurrentChild"/>.</summary>
public sealed class GetCurrentChild
{
    private GetCurrentChild()
    {
    }

    /// <summary>The single instance.</summary>
    public static GetCurrentChild Instance { get; } = new();
}

/// <summary>The back-off supervisor's child, or <c>null</c> while it waits to restart it.</summary>
/// <param name="Ref">The child.</param>
public sealed record CurrentChild(IActorRef? Ref);

/// <summary>Asks a back-off supervisor how often it restarted its child; it answers <see cref="RestartCount"/>.</summary>
public sealed class GetRestartCount
{
    private GetRestartCount()
    {
    }

    /// <summary>The single instance.</summary>
    public static GetRestartCount Instance { get; } = new();
}

/// <summary>How often the child was restarted since the last reset.</summary>
/// <param name="Count">The count.</param>
public sealed record RestartCount(int Count);

/// <summary>Resets a back-off supervisor's restart count (the next delay is the minimum again).</summary>
public sealed class ResetBackoff
{
    private ResetBackoff()
    {
    }

    /// <summary>The single instance.</summary>
    public static ResetBackoff Instance { get; } = new();
}
