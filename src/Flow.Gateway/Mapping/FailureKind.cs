using Flow.Core.Requests;

namespace Flow.Gateway.Mapping;

/// <summary>
/// How a response's failure reaches a client: an executor's error is a response with status ERROR; the Flow's own
/// time limit and a lost or stopping executor are network-level failures (gRPC DEADLINE_EXCEEDED / UNAVAILABLE,
/// HTTP 504 / 503), as in Jina.
/// </summary>
internal enum FailureKind
{
    None,
    ExecutorError,
    Timeout,
    Unavailable,
}

/// <summary>Classifies a <see cref="FlowResponse"/>'s error (see <see cref="FailureKind"/>).</summary>
internal static class FailureClassifier
{
    public static FailureKind Classify(FlowResponse response)
    {
        if (response.Error is not { } error)
        {
            return FailureKind.None;
        }

        // The engine's own timeout: its message is fixed ("The request timed out after N ms ...").
        if (error.ExceptionType == nameof(TimeoutException) && error.Message.StartsWith("The request timed out", StringComparison.Ordinal))
        {
            return FailureKind.Timeout;
        }

        return error.ExceptionType is "RemoteExecutorLostException" or nameof(ObjectDisposedException)
            ? FailureKind.Unavailable
            : FailureKind.ExecutorError;
    }
}
