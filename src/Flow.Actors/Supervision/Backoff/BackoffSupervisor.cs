namespace Flow.Actors.Supervision;

/// <summary>
/// A parent that restarts its one child with growing delays (exponential back-off), e.g. around an actor that
/// connects to a resource that may be down. Messages sent to the supervisor are forwarded to the child; while the
/// child is down they go to dead letters.
/// </summary>
public static class BackoffSupervisor
{
    /// <summary>Props for a back-off supervisor.</summary>
    public static Props Props(BackoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Flow.Actors.Props.Create(() => new BackoffSupervisorActor(options));
    }
}
