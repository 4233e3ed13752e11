using Flow.Core.Requests;

namespace Flow.Actors.Client;

/// <summary>
/// An error response reached a client call made without <see cref="PostOptions.ContinueOnError"/>: carries the
/// <see cref="FlowError"/> (executor name, exception type, message, stack) and the response.
/// </summary>
public sealed class FlowException : Exception
{
    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="response">The response whose status is ERROR.</param>
    public FlowException(FlowResponse response)
        : base(Describe(response))
    {
        Response = response;
        Error = response.Error ?? new FlowError("gateway", "Unknown", "The response has no error details.", null);
    }

    /// <summary>The failure: which executor, which exception, its message and stack.</summary>
    public FlowError Error { get; }

    /// <summary>The error response (its documents are the failing executor's input).</summary>
    public FlowResponse Response { get; }

    private static string Describe(FlowResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Error is { } e ? $"The Flow failed: {e.Description}" : "The Flow failed.";
    }
}
