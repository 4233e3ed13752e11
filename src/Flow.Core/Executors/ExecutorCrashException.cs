using Flow.Core.Requests;

namespace Flow.Core.Executors;

/// <summary>
/// Thrown by a handler to say that its executor instance is broken (the in-process counterpart of a Jina
/// executor process that died): the replica is restarted by its shard's supervisor with a new executor
/// instance (the old one is closed), and the request is retried on another replica of the shard, up to the
/// executor's retry limit. Any other exception from a handler is an error response, as in Jina.
/// </summary>
public sealed class ExecutorCrashException : Exception
{
    private static readonly string Prefix = typeof(ExecutorCrashException).FullName + ":";

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the instance is unusable.</param>
    /// <param name="inner">The cause, if any.</param>
    public ExecutorCrashException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>True when <paramref name="error"/> was made from an <see cref="ExecutorCrashException"/>.</summary>
    internal static bool IsCrash(FlowError? error) =>
        error is { ExceptionType: nameof(ExecutorCrashException), StackTrace: { } trace }
        && trace.StartsWith(Prefix, StringComparison.Ordinal);
}
