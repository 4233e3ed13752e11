namespace Flow.Core.Requests;

/// <summary>The outcome of a request (Jina's status code).</summary>
public enum ResponseStatus
{
    /// <summary>Every executor on the response path succeeded.</summary>
    Ok = 0,

    /// <summary>An executor failed; see <see cref="FlowResponse.Error"/>.</summary>
    Error = 1,
}
