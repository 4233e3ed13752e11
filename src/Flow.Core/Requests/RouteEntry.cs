namespace Flow.Core.Requests;

/// <summary>One executor a request went through, in the order it ran (the first entry is the gateway, as in Jina).</summary>
/// <param name="Executor">The executor name.</param>
/// <param name="Status">Whether it succeeded.</param>
public sealed record RouteEntry(string Executor, ResponseStatus Status)
{
    /// <summary>When the executor (or the gateway) started on the request; null when not recorded.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When it finished; null when not recorded.</summary>
    public DateTimeOffset? EndTime { get; init; }
}
