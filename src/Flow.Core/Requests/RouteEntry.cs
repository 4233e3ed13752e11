namespace Flow.Core.Requests;

/// <summary>One executor a request went through, in the order it ran.</summary>
/// <param name="Executor">The executor name.</param>
/// <param name="Status">Whether it succeeded.</param>
public sealed record RouteEntry(string Executor, ResponseStatus Status);
