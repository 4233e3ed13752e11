using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Requests;
using Flow.Core.Runs;

namespace Flow.Actors.Client;

/// <summary>How a post becomes requests (Jina's client): batches of <see cref="PostOptions.RequestSize"/> copied documents, and the shared parameters.</summary>
internal static class RequestBatches
{
    /// <summary>Documents per request: <see cref="PostOptions.RequestSize"/>, or all of them in one request when it is 0 or less (as Jina's client).</summary>
    public static int Size(PostOptions? options)
    {
        var size = options?.RequestSize ?? 100;
        ArgumentOutOfRangeException.ThrowIfNegative(options?.Prefetch ?? 0, nameof(PostOptions.Prefetch));
        return size <= 0 ? int.MaxValue : size;
    }

    /// <summary>
    /// A private copy of the parameters with the reserved <c>__results__</c> object (empty from the client, as Jina's
    /// client sends it), fully materialised so that executors may read it concurrently.
    /// </summary>
    public static JsonObject Freeze(JsonObject? parameters)
    {
        var copy = parameters is null ? new JsonObject() : (JsonObject)parameters.DeepClone();
        if (copy[ParameterScope.ResultsKey] is not JsonObject)
        {
            copy[ParameterScope.ResultsKey] = new JsonObject();
        }

        JsonFreeze.Touch(copy);
        return copy;
    }

#pragma warning disable CS1998 // an async iterator over a synchronous source
    public static async IAsyncEnumerable<DocumentArray> Batch(IEnumerable<Document> inputs, int size)
#pragma warning restore CS1998
    {
        var batch = new DocumentArray(Math.Min(size, 1024));
        foreach (var doc in inputs)
        {
            batch.Add(doc.Clone());
            if (batch.Count == size)
            {
                yield return batch;
                batch = new DocumentArray(Math.Min(size, 1024));
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    public static async IAsyncEnumerable<DocumentArray> BatchAsync(IAsyncEnumerable<Document> inputs, int size, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new DocumentArray(Math.Min(size, 1024));
        await foreach (var doc in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(doc.Clone());
            if (batch.Count == size)
            {
                yield return batch;
                batch = new DocumentArray(Math.Min(size, 1024));
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
