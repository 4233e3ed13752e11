using System.Text.Json.Nodes;
using Akka.Actor;
using Flow.Core.Documents;
using Flow.Core.Runs;

namespace Flow.Actors.Gateway;

/// <summary>Gateway → its aggregator (same node): reduce <paramref name="Parts"/> into the first, in order; answered by a <see cref="CallResult"/>.</summary>
/// <param name="Key">What the answer is for.</param>
/// <param name="Parts">The parts, in <c>needs</c> or shard order (consumed).</param>
/// <param name="Parameters">The parameters, passed back unchanged.</param>
internal sealed record ReduceCall(CallKey Key, DocumentArray[] Parts, JsonObject Parameters) : INoSerializationVerificationNeeded;
