using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Requests;

namespace Flow.Core.Executors;

/// <summary>The result of one executor invocation.</summary>
public sealed class ExecutorOutput
{
    internal ExecutorOutput(DocumentArray docs, bool handled, JsonNode? result, FlowError? error)
    {
        Docs = docs;
        Handled = handled;
        Result = result;
        Error = error;
    }

    /// <summary>
    /// The resulting documents: the handler's (in place or returned) on success; on error the input as it
    /// was before the call (with <see cref="DocsOwnership.Copy"/>).
    /// </summary>
    public DocumentArray Docs { get; }

    /// <summary>False when no handler answers the endpoint (the documents are the input, unchanged).</summary>
    public bool Handled { get; }

    /// <summary>
    /// The dictionary the handler returned, as JSON, or null; the engine stores it under
    /// <c>parameters["__results__"][runtime name]</c> (see <see cref="ParameterScope.AddResult"/>).
    /// </summary>
    public JsonNode? Result { get; }

    /// <summary>The failure (exception type, message, stack, executor name), or null on success.</summary>
    public FlowError? Error { get; }

    /// <summary>True when <see cref="Error"/> is null.</summary>
    public bool IsSuccess => Error is null;
}
