using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Requests;
using Flow.Core.Runs;

namespace Flow.Core.Tests.Runs;

/// <summary>A run host that records what a request run sends, for tests that feed the answers by hand.</summary>
internal sealed class RecordingRunHost : IRunHost
{
    private long _ticks;

    public List<(CallKey Key, ExecutorInput Input)> Calls { get; } = [];

    public List<(CallKey Key, DocumentArray[] Parts, JsonObject Parameters)> Reduces { get; } = [];

    public List<FlowResponse> Responses { get; } = [];

    public List<(string Executor, FlowError Error)> OffPath { get; } = [];

    /// <summary>A clock that moves one second per reading (routes get distinct, ordered times).</summary>
    public DateTimeOffset Now => DateTimeOffset.UnixEpoch.AddSeconds(++_ticks);

    public void Call(in CallKey key, ExecutorInput input) => Calls.Add((key, input));

    public void Reduce(in CallKey key, DocumentArray[] parts, JsonObject parameters) => Reduces.Add((key, parts, parameters));

    public void Respond(RequestRun run, FlowResponse response) => Responses.Add(response);

    public void OffPathFailure(string executor, FlowError error) => OffPath.Add((executor, error));

    /// <summary>The answer to call <paramref name="index"/> with its own input (or <paramref name="docs"/>).</summary>
    public CallResult Ok(int index, DocumentArray? docs = null)
    {
        var (key, input) = Calls[index];
        return new CallResult(key, docs ?? input.Docs, input.Parameters ?? new JsonObject(), null);
    }
}
