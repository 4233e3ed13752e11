using System.Text.Json.Nodes;
using Flow.Core.Documents;

namespace Flow.Core.Requests;

/// <summary>
/// A request posted to a Flow (Jina's DataRequest): an endpoint, documents and parameters. The request
/// owns its documents; the engine copies them where parallel branches need independent documents.
/// </summary>
public sealed class FlowRequest
{
    /// <summary>Creates a request for <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The endpoint, e.g. <c>/index</c>; Jina's default is <c>/default</c>.</param>
    /// <param name="docs">The documents; null for none.</param>
    /// <param name="parameters">JSON-like parameters; null for none.</param>
    public FlowRequest(string endpoint, DocumentArray? docs = null, JsonObject? parameters = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        Endpoint = endpoint;
        Docs = docs ?? new DocumentArray();
        Parameters = parameters ?? new JsonObject();
    }

    /// <summary>The request id (a 32-hex uuid unless given).</summary>
    public string RequestId { get; init; } = Document.NewId();

    /// <summary>The endpoint the executors' handlers are bound to.</summary>
    public string Endpoint { get; }

    /// <summary>The documents.</summary>
    public DocumentArray Docs { get; set; }

    /// <summary>
    /// JSON-like parameters. Keys <c>&lt;executor&gt;__&lt;key&gt;</c> reach only that executor, without
    /// the prefix (see <see cref="ParameterScope"/>).
    /// </summary>
    public JsonObject Parameters { get; set; }

    /// <summary>
    /// Optional regex (matched at the start of the executor name, as Python's <c>re.match</c>): only
    /// matching executors run; the others pass the request through. Null: every executor runs.
    /// </summary>
    public string? TargetExecutor { get; init; }

    /// <summary>Optional time limit for the whole request; null for the Flow's default.</summary>
    public TimeSpan? Timeout { get; init; }
}
