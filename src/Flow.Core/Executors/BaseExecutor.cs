namespace Flow.Core.Executors;

/// <summary>
/// Jina's <c>BaseExecutor</c>: the built-in no-op executor. It declares no handler, so every endpoint
/// returns the documents unchanged; <c>uses: BaseExecutor</c> (or <c>Executor</c>, or no <c>uses</c>)
/// resolves to it, also in <c>uses_before</c> / <c>uses_after</c>.
/// </summary>
public sealed class BaseExecutor : Executor
{
}
