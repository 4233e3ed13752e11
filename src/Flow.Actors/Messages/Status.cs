namespace Flow.Actors;

/// <summary>Replies that say how an operation ended; <see cref="Failure"/> fails an <c>Ask</c>.</summary>
public abstract record Status
{
    private Status()
    {
    }

    /// <summary>The operation succeeded.</summary>
    /// <param name="State">An optional result.</param>
    public sealed record Success(object? State) : Status;

    /// <summary>The operation failed; an <c>Ask</c> that receives it throws <see cref="Cause"/>.</summary>
    /// <param name="Cause">Why it failed.</param>
    public sealed record Failure(Exception Cause) : Status;
}
