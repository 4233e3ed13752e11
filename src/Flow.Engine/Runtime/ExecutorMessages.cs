using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Requests;

namespace Flow.Engine.Runtime;

/// <summary>Gateway → shard entity: run <paramref name="Input"/> on one replica; the answer is a <see cref="CallResult"/> to <paramref name="ReplyTo"/>.</summary>
/// <param name="Key">What the answer is for.</param>
/// <param name="Input">The documents, endpoint and (immutable, shared) parameters.</param>
/// <param name="ReplyTo">Who receives the <see cref="CallResult"/>.</param>
internal sealed record ShardCall(CallKey Key, ExecutorInput Input, Flow.Actors.IActorRef ReplyTo);

/// <summary>
/// The answer to a <see cref="ShardCall"/> or an <see cref="ReduceCall"/>: the documents, the parameters
/// (the input's, or a copy with the executor's dictionary result under <c>__results__</c>) and the error.
/// </summary>
/// <param name="Key">What the answer is for.</param>
/// <param name="Docs">The resulting documents; on error the input as it was.</param>
/// <param name="Parameters">The parameters to pass downstream.</param>
/// <param name="Error">The failure, or null.</param>
internal sealed record CallResult(CallKey Key, DocumentArray Docs, JsonObject Parameters, FlowError? Error);

/// <summary>Gateway → aggregator: reduce <paramref name="Parts"/> into the first, in order; answered by a <see cref="CallResult"/>.</summary>
/// <param name="Key">What the answer is for.</param>
/// <param name="Parts">The parts, in <c>needs</c> or shard order (consumed).</param>
/// <param name="Parameters">The parameters, passed back unchanged.</param>
internal sealed record ReduceCall(CallKey Key, DocumentArray[] Parts, JsonObject Parameters);
