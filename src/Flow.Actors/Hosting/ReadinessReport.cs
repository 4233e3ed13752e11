namespace Flow.Actors.Hosting;

/// <summary>The result of <see cref="FlowHost.DryRunAsync"/>.</summary>
/// <param name="Ready">True when every executor is ready: the Flow can serve.</param>
/// <param name="Executors">One entry per executor (and per <c>uses_before</c> / <c>uses_after</c>), in definition order.</param>
public sealed record ReadinessReport(bool Ready, IReadOnlyList<ExecutorReadiness> Executors);
