using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Requests;

namespace Flow.Core.Runs;

/// <summary>
/// The answer to one call or reduce of a request run: the documents, the parameters (the input's, or a copy with
/// the executor's dictionary result under <c>__results__</c>) and the error.
/// </summary>
/// <param name="Key">Which call this answers.</param>
/// <param name="Docs">The resulting documents; on error the input as it was.</param>
/// <param name="Parameters">The parameters to pass downstream.</param>
/// <param name="Error">The failure, or null.</param>
internal sealed record CallResult(CallKey Key, DocumentArray Docs, JsonObject Parameters, FlowError? Error);
