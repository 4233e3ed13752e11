using System.Text.Json.Nodes;
using Flow.Core.Requests;

namespace Flow.Actors.Client;

/// <summary>How <see cref="FlowClient"/> posts: batching, parameters, targeting, timeout, errors, back-pressure and callbacks (Jina's client arguments).</summary>
public sealed record PostOptions
{
    /// <summary>Documents per request (Jina's <c>request_size</c>); 0 or less sends all documents in one request. Default 100.</summary>
    public int RequestSize { get; init; } = 100;

    /// <summary>Request parameters (copied once per post; keys <c>&lt;executor&gt;__&lt;key&gt;</c> reach only that executor).</summary>
    public JsonObject? Parameters { get; init; }

    /// <summary>A regex matched at the start of executor names: only matching executors run (Jina's <c>target_executor</c>).</summary>
    public string? TargetExecutor { get; init; }

    /// <summary>Time limit per request; null for the Flow's default (<see cref="Hosting.FlowHostOptions.DefaultTimeout"/>).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>When false (default), the first error response throws a <see cref="FlowException"/> (after its callbacks) unless <see cref="OnError"/> is given; callback exceptions propagate. When true, error responses are returned and callback exceptions are ignored.</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>At most this many requests in flight (sent and not yet delivered to the caller); 0 = unlimited.</summary>
    public int Prefetch { get; init; }

    /// <summary>Called for each successful response, in request order, on the caller's async flow.</summary>
    public Action<FlowResponse>? OnDone { get; init; }

    /// <summary>Called for each error response, in request order; when given, an error response does not throw (as Jina's client: <c>on_error</c> handles it), <see cref="OnAlways"/> still runs.</summary>
    public Action<FlowResponse>? OnError { get; init; }

    /// <summary>Called for every response, after <see cref="OnDone"/> / <see cref="OnError"/>.</summary>
    public Action<FlowResponse>? OnAlways { get; init; }

    /// <summary>Receives a <see cref="FlowProgress"/> after each response's callbacks.</summary>
    public IProgress<FlowProgress>? Progress { get; init; }
}
