using System.Text.Json.Nodes;
using Flow.Core.Documents;

namespace Flow.Core.Executors;

/// <summary>What one executor invocation receives: endpoint, documents (or parts), request parameters.</summary>
public sealed class ExecutorInput
{
    /// <summary>An input with one DocumentArray (the docs matrix the handler sees is <c>[docs]</c>).</summary>
    /// <param name="endpoint">The request's endpoint.</param>
    /// <param name="docs">The documents.</param>
    /// <param name="parameters">The request's parameters, unscoped and not modified (the handler sees its <see cref="Requests.ParameterScope"/> view).</param>
    public ExecutorInput(string endpoint, DocumentArray docs, JsonObject? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(docs);
        Endpoint = endpoint;
        Docs = docs;
        Parameters = parameters;
    }

    internal ExecutorInput(string endpoint, IReadOnlyList<DocumentArray> parts, JsonObject? parameters)
        : this(endpoint, Concatenate(parts), parameters) => Parts = parts;

    /// <summary>The request's endpoint.</summary>
    public string Endpoint { get; }

    /// <summary>The documents (the concatenation of <see cref="Parts"/> when given).</summary>
    public DocumentArray Docs { get; }

    /// <summary>The incoming parts (one per shard or per <c>needs</c> entry, in order), or null.</summary>
    public IReadOnlyList<DocumentArray>? Parts { get; }

    /// <summary>The request's parameters (unscoped), or null.</summary>
    public JsonObject? Parameters { get; }

    /// <summary>Whether the invocation copies the documents first (default) or takes them over.</summary>
    public DocsOwnership Ownership { get; init; }

    /// <summary>
    /// An input of several parts, as at a <c>no_reduce</c> join or in <c>uses_after</c>: the handler's
    /// documents are the concatenation of the parts in order, its docs matrix the parts.
    /// </summary>
    /// <param name="endpoint">The request's endpoint.</param>
    /// <param name="parts">The parts, in order.</param>
    /// <param name="parameters">The request's parameters, unscoped.</param>
    /// <returns>The input.</returns>
    public static ExecutorInput FromParts(string endpoint, IReadOnlyList<DocumentArray> parts, JsonObject? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new ExecutorInput(endpoint, parts, parameters);
    }

    internal static DocumentArray Concatenate(IReadOnlyList<DocumentArray> parts)
    {
        var total = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            total += parts[i].Count;
        }

        var docs = new DocumentArray(total);
        for (var i = 0; i < parts.Count; i++)
        {
            foreach (var doc in parts[i])
            {
                docs.Add(doc);
            }
        }

        return docs;
    }
}
