namespace Flow.Core.Executors;

/// <summary>Who keeps the pre-call documents of an <see cref="ExecutorInput"/> (see <see cref="ExecutorInstance.InvokeAsync"/>).</summary>
public enum DocsOwnership
{
    /// <summary>
    /// The default: the invocation deep-clones the documents before the handler runs, so an error leaves
    /// the input untouched and the error output carries it (in-place edits discarded). Only paid when a
    /// handler is bound to the endpoint.
    /// </summary>
    Copy = 0,

    /// <summary>
    /// The caller hands the documents over and keeps its own copy for the error case: no clone. On error
    /// the output's documents are the input as the handler left it, which must not be forwarded.
    /// </summary>
    Transfer = 1,
}
