namespace Flow.Actors;

/// <summary>A scheduled job that can be cancelled; cancelling twice, or after it ran, does nothing.</summary>
public interface ICancelable
{
    /// <summary>True once <see cref="Cancel"/> was called.</summary>
    bool IsCancellationRequested { get; }

    /// <summary>Stops the job from running (again).</summary>
    void Cancel();
}
