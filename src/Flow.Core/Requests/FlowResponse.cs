using System.Text.Json.Nodes;
using Flow.Core.Documents;

namespace Flow.Core.Requests;

/// <summary>
/// The answer to a <see cref="FlowRequest"/>: the documents of the Flow's terminal executor, the
/// parameters (with <c>__results__</c> from executors that returned a dictionary), the status and the
/// route of executors that ran.
/// </summary>
public sealed class FlowResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="requestId">The id of the request answered.</param>
    /// <param name="docs">The resulting documents.</param>
    /// <param name="parameters">The resulting parameters; null for none.</param>
    public FlowResponse(string requestId, DocumentArray docs, JsonObject? parameters = null)
    {
        RequestId = requestId;
        Docs = docs;
        Parameters = parameters ?? new JsonObject();
    }

    /// <summary>The id of the request answered.</summary>
    public string RequestId { get; }

    /// <summary>The resulting documents.</summary>
    public DocumentArray Docs { get; set; }

    /// <summary>The resulting parameters.</summary>
    public JsonObject Parameters { get; set; }

    /// <summary>OK, or ERROR with <see cref="Error"/> set.</summary>
    public ResponseStatus Status => Error is null ? ResponseStatus.Ok : ResponseStatus.Error;

    /// <summary>The failure, when the status is ERROR.</summary>
    public FlowError? Error { get; set; }

    /// <summary>The executors that ran, in order.</summary>
    public IList<RouteEntry> Routes { get; } = new List<RouteEntry>();
}
