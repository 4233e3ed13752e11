namespace Flow.Core.Requests;

/// <summary>The details of a failure (Jina's status exception): which executor failed and how.</summary>
/// <param name="Executor">The name of the executor that failed (or "gateway").</param>
/// <param name="ExceptionType">The exception's type name, e.g. <c>InvalidOperationException</c>.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="StackTrace">The stack trace; null when none.</param>
public sealed record FlowError(string Executor, string ExceptionType, string Message, string? StackTrace)
{
    /// <summary>The class of the executor that failed (Jina's <c>exception.executor</c>), e.g. <c>MyEncoder</c>; null when the failure is not an executor's (gateway, timeout).</summary>
    public string? ExecutorClass { get; init; }

    /// <summary>Describes <paramref name="exception"/> as thrown by <paramref name="executor"/>.</summary>
    /// <param name="executor">The executor name.</param>
    /// <param name="exception">The exception.</param>
    /// <returns>The error.</returns>
    public static FlowError FromException(string executor, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new FlowError(executor, exception.GetType().Name, exception.Message, exception.ToString());
    }

    /// <summary>A one-line description: <c>Type: message (executor)</c>.</summary>
    public string Description => $"{ExceptionType}: {Message} (executor '{Executor}')";
}
