namespace Flow.Actors.Supervision;

/// <summary>What makes a back-off supervisor start its child again.</summary>
public enum BackoffMode
{
    /// <summary>The child stopped, for any reason (a failure the child's strategy turned into a stop, or a normal stop).</summary>
    OnStop,

    /// <summary>The child failed (threw); a child that stops by itself stops the supervisor too.</summary>
    OnFailure,
}
