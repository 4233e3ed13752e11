using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Flows;

namespace Flow.Core.Runs;

/// <summary>The shards step of a request run: ANY / ALL, the copies for ALL, and what follows the shards (uses_after or reduce).</summary>
internal sealed partial class RequestRun
{
    private void StartShards(int index, DocumentArray[]? parts, DocumentArray? docs, JsonObject parameters)
    {
        var node = _plan.Nodes[index];
        var state = _nodes[index];
        var shards = node.ShardCount;
        if (shards == 1 || node.Polling.Resolve(_request.Endpoint) == PollingMode.Any)
        {
            var shard = shards == 1 ? 0 : node.NextShard();
            Call(new CallKey(Id, index, CallStage.Shard, shard), Input(parts, docs, parameters, copy: false), state);
            return;
        }

        state.ShardDocs = new DocumentArray?[shards];
        state.ShardParameters = new JsonObject?[shards];
        state.ShardWaiting = new bool[shards];
        state.ShardInputs = new ExecutorInput?[shards];
        for (var s = 0; s < shards; s++)
        {
            var input = Input(parts, docs, parameters, copy: s < shards - 1);
            Call(new CallKey(Id, index, CallStage.Shard, s), input, state);
        }
    }

    private ExecutorInput Input(DocumentArray[]? parts, DocumentArray? docs, JsonObject parameters, bool copy)
    {
        if (parts is null)
        {
            return new ExecutorInput(_request.Endpoint, copy ? docs!.Clone() : docs!, parameters);
        }

        if (!copy)
        {
            return ExecutorInput.FromParts(_request.Endpoint, parts, parameters);
        }

        var clones = new DocumentArray[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            clones[i] = parts[i].Clone();
        }

        return ExecutorInput.FromParts(_request.Endpoint, clones, parameters);
    }

    private void OnShard(int index, NodeRun state, CallResult result)
    {
        var node = _plan.Nodes[index];
        if (state.ShardDocs is not { } docs)
        {
            AfterShards(index, node, result.Docs, result.Parameters, null);
            return;
        }

        docs[result.Key.Shard] = result.Docs;
        state.ShardParameters![result.Key.Shard] = result.Parameters;
        if (state.Outstanding > 0)
        {
            return;
        }

        AfterShards(index, node, null, ParameterMerge.Merge(state.ShardParameters), docs!);
    }

    private void AfterShards(int index, PlanNode node, DocumentArray? single, JsonObject parameters, DocumentArray[]? all)
    {
        var state = _nodes[index];
        if (node.HasUsesAfter)
        {
            var input = ExecutorInput.FromParts(_request.Endpoint, all ?? [single!], parameters);
            Call(new CallKey(Id, index, CallStage.UsesAfter, 0), input, state);
            return;
        }

        if (all is null)
        {
            Complete(index, single!, parameters, ran: true);
            return;
        }

        var key = new CallKey(Id, index, CallStage.ShardReduce, 0);
        Expect(state, key);
        _host.Reduce(key, all, parameters);
    }
}
