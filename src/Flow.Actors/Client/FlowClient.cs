using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Akka.Actor;
using Flow.Actors.Gateway;
using Flow.Actors.Serialization;
using Flow.Core.Documents;
using Flow.Core.Requests;
using Flow.Core.Runs;

namespace Flow.Actors.Client;

/// <summary>
/// Posts documents to a running Flow (Jina's <c>Client.post</c>): splits the inputs into requests of
/// <see cref="PostOptions.RequestSize"/> documents, keeps at most <see cref="PostOptions.Prefetch"/> in flight,
/// and delivers the responses in request order, with callbacks and progress. Thread-safe; the caller's input
/// documents are copied, never modified.
/// </summary>
public sealed class FlowClient
{
    private readonly IActorRef _gateway;
    private readonly MessageSizeGuard? _sizeGuard;

    internal FlowClient(IActorRef gateway, MessageSizeGuard? sizeGuard = null)
    {
        _gateway = gateway;
        _sizeGuard = sizeGuard;
    }

    /// <summary>
    /// Posts <paramref name="inputs"/> to <paramref name="endpoint"/> and returns the documents of every response, in
    /// request order. No documents: one empty request is sent (so that executors still run, e.g. a <c>/dump</c>).
    /// </summary>
    /// <param name="endpoint">The endpoint, e.g. <c>/index</c>.</param>
    /// <param name="inputs">The documents.</param>
    /// <param name="options">Batching, parameters, callbacks...; defaults when null.</param>
    /// <param name="cancellationToken">Stops waiting (requests already sent still run).</param>
    /// <returns>The concatenated documents.</returns>
    /// <exception cref="FlowException">An error response, unless <see cref="PostOptions.ContinueOnError"/>.</exception>
    public async Task<DocumentArray> PostAsync(string endpoint, IEnumerable<Document> inputs, PostOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new DocumentArray();
        await foreach (var response in StreamAsync(endpoint, inputs, options, cancellationToken).ConfigureAwait(false))
        {
            foreach (var doc in response.Docs)
            {
                result.Add(doc);
            }
        }

        return result;
    }

    /// <summary>Posts <paramref name="inputs"/> and yields each response, in request order.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="inputs">The documents.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The responses.</returns>
    /// <exception cref="FlowException">An error response, unless <see cref="PostOptions.ContinueOnError"/>.</exception>
    public IAsyncEnumerable<FlowResponse> StreamAsync(string endpoint, IEnumerable<Document> inputs, PostOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        ArgumentNullException.ThrowIfNull(inputs);
        int? total = inputs switch
        {
            IReadOnlyCollection<Document> c => c.Count,
            ICollection<Document> c => c.Count,
            _ => null,
        };
        return RunAsync(endpoint, Batch(inputs, Size(options)), total, options ?? Default, cancellationToken);
    }

    /// <summary>Posts a stream of documents and yields each response, in request order; inputs are read as requests may be sent.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="inputs">The documents.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The responses.</returns>
    /// <exception cref="FlowException">An error response, unless <see cref="PostOptions.ContinueOnError"/>.</exception>
    public IAsyncEnumerable<FlowResponse> StreamAsync(string endpoint, IAsyncEnumerable<Document> inputs, PostOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        ArgumentNullException.ThrowIfNull(inputs);
        return RunAsync(endpoint, BatchAsync(inputs, Size(options), cancellationToken), null, options ?? Default, cancellationToken);
    }

    /// <summary>Sends one request as it is (no batching, no copy) and returns its response, error or not.</summary>
    /// <param name="request">The request; the Flow owns its documents from now on.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The response.</returns>
    public Task<FlowResponse> SendAsync(FlowRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var post = new PostRequest(request);
        return _sizeGuard?.RefusePost(post, _gateway) is { } refused
            ? Task.FromResult(refused)
            : _gateway.Ask<FlowResponse>(post, cancellationToken);
    }

    private static readonly PostOptions Default = new();

    /// <summary>Documents per request: <see cref="PostOptions.RequestSize"/>, or all of them in one request when it is 0 or less (as Jina's client).</summary>
    private static int Size(PostOptions? options)
    {
        var size = options?.RequestSize ?? 100;
        ArgumentOutOfRangeException.ThrowIfNegative(options?.Prefetch ?? 0, nameof(PostOptions.Prefetch));
        return size <= 0 ? int.MaxValue : size;
    }

    private async IAsyncEnumerable<FlowResponse> RunAsync(
        string endpoint, IAsyncEnumerable<DocumentArray> batches, int? total, PostOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parameters = Freeze(options.Parameters);
        var inFlight = new Queue<(Task<FlowResponse> Task, int Count)>();
        var requestsDone = 0;
        var docsDone = 0;
        var sent = false;
        await foreach (var batch in batches.ConfigureAwait(false))
        {
            sent = true;
            while (inFlight.Count > 0 && (inFlight.Peek().Task.IsCompleted || (options.Prefetch > 0 && inFlight.Count >= options.Prefetch)))
            {
                var (task, count) = inFlight.Dequeue();
                var response = await task.ConfigureAwait(false);
                requestsDone++;
                docsDone += count;
                yield return Deliver(response, parameters, options, requestsDone, docsDone, total);
            }

            var request = new FlowRequest(endpoint, batch, parameters)
            {
                TargetExecutor = options.TargetExecutor,
                Timeout = options.Timeout,
            };
            inFlight.Enqueue((SendAsync(request, cancellationToken), batch.Count));
        }

        if (!sent)
        {
            // As Jina's client: a post without documents still sends one (empty) request, e.g. for /dump endpoints.
            var empty = new FlowRequest(endpoint, new DocumentArray(), parameters) { TargetExecutor = options.TargetExecutor, Timeout = options.Timeout };
            inFlight.Enqueue((SendAsync(empty, cancellationToken), 0));
        }

        while (inFlight.Count > 0)
        {
            var (task, count) = inFlight.Dequeue();
            var response = await task.ConfigureAwait(false);
            requestsDone++;
            docsDone += count;
            yield return Deliver(response, parameters, options, requestsDone, docsDone, total);
        }
    }

    private static FlowResponse Deliver(FlowResponse response, JsonObject parameters, PostOptions options, int requests, int docs, int? total)
    {
        if (ReferenceEquals(response.Parameters, parameters))
        {
            // The post's parameters are shared by its requests: each response gets its own copy.
            response.Parameters = (JsonObject)parameters.DeepClone();
        }

        var failed = response.Status == ResponseStatus.Error;
        Invoke(failed ? options.OnError : options.OnDone, response, options.ContinueOnError);
        Invoke(options.OnAlways, response, options.ContinueOnError);
        options.Progress?.Report(new FlowProgress(requests, docs, total));

        // As Jina's client: an error is the caller's to handle when it gave on_error; otherwise it is raised.
        if (failed && !options.ContinueOnError && options.OnError is null)
        {
            throw new FlowException(response);
        }

        return response;
    }

    private static void Invoke(Action<FlowResponse>? callback, FlowResponse response, bool continueOnError)
    {
        if (callback is null)
        {
            return;
        }

        if (!continueOnError)
        {
            callback(response);
            return;
        }

        try
        {
            callback(response);
        }
        catch (Exception)
        {
            // continue_on_error: a failing callback does not stop the post (as Jina's client).
        }
    }

    /// <summary>
    /// A private copy of the parameters with the reserved <c>__results__</c> object (empty from the client, as Jina's
    /// client sends it), fully materialised so that executors may read it concurrently.
    /// </summary>
    private static JsonObject Freeze(JsonObject? parameters)
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
    private static async IAsyncEnumerable<DocumentArray> Batch(IEnumerable<Document> inputs, int size)
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

    private static async IAsyncEnumerable<DocumentArray> BatchAsync(IAsyncEnumerable<Document> inputs, int size, [EnumeratorCancellation] CancellationToken cancellationToken)
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
