using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Requests;

namespace Flow.Core.Executors;

/// <summary>
/// One running executor (one replica of one shard): the instance, its runtime info and its compiled
/// handlers. The engine's entry point to call executors: <see cref="InvokeAsync"/>.
/// </summary>
/// <remarks>
/// Calls are expected one at a time (the replica actor's mailbox serialises them); nothing here blocks.
/// A handler's exception never escapes <see cref="InvokeAsync"/>: it becomes <see cref="ExecutorOutput.Error"/>.
/// </remarks>
public sealed class ExecutorInstance : IAsyncDisposable
{
    private readonly HandlerTable _handlers;

    private ExecutorInstance(Executor executor, HandlerTable handlers)
    {
        Executor = executor;
        _handlers = handlers;
    }

    /// <summary>The executor object.</summary>
    public Executor Executor { get; }

    /// <summary>Where and as what it runs.</summary>
    public ExecutorRuntimeInfo Runtime => Executor.Runtime;

    /// <summary>The endpoints bound explicitly (not counting the default handler).</summary>
    public IReadOnlyCollection<string> Endpoints => _handlers.Endpoints;

    /// <summary>True when a default handler answers unbound endpoints.</summary>
    public bool HasDefaultHandler => _handlers.Default is not null;

    /// <summary>
    /// Creates an executor of <paramref name="type"/>, binding <paramref name="usesWith"/> to its
    /// constructor parameters (by name; <c>top_k</c> also matches <c>topK</c>) with type conversion;
    /// a parameter of type <see cref="ExecutorRuntimeInfo"/> receives <paramref name="runtime"/>.
    /// </summary>
    /// <param name="type">A type deriving from <see cref="Executors.Executor"/>.</param>
    /// <param name="runtime">Where and as what it runs.</param>
    /// <param name="usesWith">Constructor arguments (Jina's <c>uses_with</c>), or null.</param>
    /// <param name="usesRequests">Jina's <c>uses_requests</c>: endpoint → method name, rebinding the type's handlers; or null.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="ExecutorConstructionException">Malformed handlers, a missing, unknown or unconvertible argument, or a throwing constructor; the message names the executor.</exception>
    public static ExecutorInstance Create(Type type, ExecutorRuntimeInfo runtime, JsonObject? usesWith = null, IReadOnlyDictionary<string, string>? usesRequests = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(runtime);
        HandlerTable handlers;
        try
        {
            handlers = HandlerTable.For(type, usesRequests);
        }
        catch (InvalidOperationException e)
        {
            throw new ExecutorConstructionException(runtime.Name, e.Message, e);
        }

        var executor = UsesWithBinder.Construct(type, runtime, usesWith);
        return new ExecutorInstance(executor, handlers);
    }

    /// <summary>Resolves <paramref name="uses"/> with <paramref name="registry"/>, then <see cref="Create(Type, ExecutorRuntimeInfo, JsonObject?, IReadOnlyDictionary{string, string}?)"/>.</summary>
    /// <param name="uses">A registered alias, type name or full type name; null or empty means <see cref="BaseExecutor"/>.</param>
    /// <param name="registry">Where to resolve it.</param>
    /// <param name="runtime">Where and as what it runs.</param>
    /// <param name="usesWith">Constructor arguments, or null.</param>
    /// <param name="usesRequests">Jina's <c>uses_requests</c>, or null.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="ExecutorConstructionException">Unknown <paramref name="uses"/>, or as the other overload.</exception>
    public static ExecutorInstance Create(string? uses, ExecutorRegistry registry, ExecutorRuntimeInfo runtime, JsonObject? usesWith = null, IReadOnlyDictionary<string, string>? usesRequests = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(runtime);
        if (!registry.TryResolve(uses, out var type, out var reason))
        {
            throw new ExecutorConstructionException(runtime.Name, reason);
        }

        return Create(type, runtime, usesWith, usesRequests);
    }

    /// <summary>True when a handler (bound or default) answers <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>Whether invoking would run a handler.</returns>
    public bool Handles(string endpoint) => _handlers.Find(endpoint) is not null;

    /// <summary>
    /// Runs the handler for <c>input.Endpoint</c> (the one bound to it, else the default handler; none:
    /// the documents come back unchanged, not copied). Never throws for handler failures: a throwing
    /// handler, or one returning something other than nothing / a DocumentArray / a dictionary, gives
    /// an output with <see cref="ExecutorOutput.Error"/> and the pre-call documents. Completes
    /// synchronously when the handler does.
    /// </summary>
    /// <param name="input">The documents, parameters and endpoint.</param>
    /// <param name="cancellationToken">Passed to handlers that take a <see cref="CancellationToken"/>.</param>
    /// <returns>The output.</returns>
    public ValueTask<ExecutorOutput> InvokeAsync(ExecutorInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var handler = _handlers.Find(input.Endpoint);
        if (handler is null)
        {
            return new ValueTask<ExecutorOutput>(new ExecutorOutput(input.Docs, false, null, null));
        }

        PrepareDocs(input, handler, out var docs, out var matrix);
        ValueTask<object?> pending;
        try
        {
            var parameters = handler.TakesParameters ? ParameterScope.ViewFor(Runtime.Name, input.Parameters) : null;
            pending = handler.Thunk(Executor, docs, parameters, matrix, cancellationToken);
        }
        catch (Exception e)
        {
            return new ValueTask<ExecutorOutput>(Fail(input, docs, e));
        }

        if (pending.IsCompletedSuccessfully)
        {
            return new ValueTask<ExecutorOutput>(Complete(input, docs, handler, pending.Result));
        }

        return AwaitAsync(pending, input, docs, handler);
    }

    /// <summary>Closes the executor (its <c>CloseAsync</c> runs once, however often this is called).</summary>
    /// <returns>A task that completes when closed.</returns>
    public ValueTask DisposeAsync() => Executor.DisposeAsync();

    private async ValueTask<ExecutorOutput> AwaitAsync(ValueTask<object?> pending, ExecutorInput input, DocumentArray docs, Handler handler)
    {
        object? result;
        try
        {
            result = await pending.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return Fail(input, docs, e);
        }

        return Complete(input, docs, handler, result);
    }

    private static void PrepareDocs(ExecutorInput input, Handler handler, out DocumentArray docs, out IReadOnlyList<DocumentArray>? matrix)
    {
        var copy = input.Ownership == DocsOwnership.Copy;
        if (input.Parts is { } parts)
        {
            if (!copy)
            {
                docs = input.Docs;
                matrix = parts;
                return;
            }

            if (!handler.TakesMatrix)
            {
                docs = input.Docs.Clone();
                matrix = null;
                return;
            }

            var clones = new DocumentArray[parts.Count];
            for (var i = 0; i < clones.Length; i++)
            {
                clones[i] = parts[i].Clone();
            }

            matrix = clones;
            docs = ExecutorInput.Concatenate(clones);
            return;
        }

        docs = copy ? input.Docs.Clone() : input.Docs;
        matrix = handler.TakesMatrix ? [docs] : null;
    }

    private ExecutorOutput Complete(ExecutorInput input, DocumentArray docs, Handler handler, object? result)
    {
        switch (result)
        {
            case null:
                return new ExecutorOutput(docs, true, null, null);
            case DocumentArray returned:
                return new ExecutorOutput(returned, true, null, null);
            case JsonObject json:
                return new ExecutorOutput(docs, true, json.Parent is null ? json : json.DeepClone(), null);
            default:
                if (IsDictionary(result))
                {
                    try
                    {
                        return new ExecutorOutput(docs, true, JsonSerializer.SerializeToNode(result, result.GetType()), null);
                    }
                    catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
                    {
                        return Fail(input, docs, e);
                    }
                }

                var error = new FlowError(
                    Runtime.Name,
                    nameof(InvalidOperationException),
                    $"Handler {handler.DisplayName} returned {result.GetType().Name}; a handler returns nothing, a DocumentArray or a dictionary.",
                    null)
                {
                    ExecutorClass = Executor.GetType().Name,
                };
                return new ExecutorOutput(OriginalDocs(input, docs), true, null, error);
        }
    }

    private ExecutorOutput Fail(ExecutorInput input, DocumentArray docs, Exception e) =>
        new(OriginalDocs(input, docs), true, null, FlowError.FromException(Runtime.Name, e) with { ExecutorClass = Executor.GetType().Name });

    private static DocumentArray OriginalDocs(ExecutorInput input, DocumentArray docs) =>
        input.Ownership == DocsOwnership.Copy ? input.Docs : docs;

    private static bool IsDictionary(object value)
    {
        if (value is IDictionary)
        {
            return true;
        }

        foreach (var i in value.GetType().GetInterfaces())
        {
            if (i.IsGenericType && i.GetGenericArguments()[0] == typeof(string)
                && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
            {
                return true;
            }
        }

        return false;
    }
}
