namespace Flow.Gateway.Target;

/// <summary>The outcome of a dry run: whether every executor answered, and a description naming those that did not.</summary>
/// <param name="Ready">True when every executor is reachable.</param>
/// <param name="Description">A human-readable summary, e.g. <c>ready</c> or <c>not ready: indexer (0 of 2 replicas answered)</c>.</param>
public sealed record FlowReadiness(bool Ready, string Description);
