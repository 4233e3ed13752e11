namespace Flow.Core.Executors;

/// <summary>
/// An executor could not be created: its <c>uses</c> is unknown, its handlers are malformed, a
/// <c>uses_with</c> value is missing or cannot be converted, or its constructor threw (the inner
/// exception). The message names the executor. Flow start fails with it.
/// </summary>
public sealed class ExecutorConstructionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="executor">The executor's name in the Flow.</param>
    /// <param name="message">What went wrong (the executor name is prefixed).</param>
    /// <param name="inner">The cause, if any.</param>
    public ExecutorConstructionException(string executor, string message, Exception? inner = null)
        : base($"Executor '{executor}': {message}", inner) => Executor = executor;

    /// <summary>The executor's name in the Flow.</summary>
    public string Executor { get; }
}
