using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Requests;

namespace Flow.Core.Runs;

/// <summary>
/// What a <see cref="RequestRun"/> needs from the gateway that owns it: sending calls and reduces, answering the
/// poster, logging, and the clock. Every method is called on the owner's thread (a gateway actor's).
/// </summary>
internal interface IRunHost
{
    /// <summary>The time recorded in the route (start and end of each step).</summary>
    DateTimeOffset Now { get; }

    /// <summary>Sends one call: <paramref name="key"/> names the executor, its step and shard; the answer comes back to <see cref="RequestRun.OnResult"/>.</summary>
    void Call(in CallKey key, ExecutorInput input);

    /// <summary>Reduces <paramref name="parts"/> in order (off the owner's thread); the answer comes back to <see cref="RequestRun.OnResult"/>.</summary>
    void Reduce(in CallKey key, DocumentArray[] parts, JsonObject parameters);

    /// <summary>Answers the poster of <paramref name="run"/>; called once per run.</summary>
    void Respond(RequestRun run, FlowResponse response);

    /// <summary>Reports the failure of an executor whose result does not reach the response (floating or orphan).</summary>
    void OffPathFailure(string executor, FlowError error);
}
