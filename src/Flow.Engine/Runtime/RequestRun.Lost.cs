using Flow.Actors;
using Flow.Core.Requests;

namespace Flow.Engine.Runtime;

/// <summary>A request run's answer to the loss of a shard entity on another node: the calls waiting for it fail.</summary>
internal sealed partial class RequestRun
{
    /// <summary>The exception type named by the error of a call whose shard's node was lost.</summary>
    public const string LostExceptionType = "RemoteExecutorLostException";

    /// <summary>Fails every executor of this run that waits for <paramref name="shard"/>, with an error naming the executor and <paramref name="reason"/> (which names the node).</summary>
    public void OnShardLost(IActorRef shard, string reason)
    {
        if (_abandoned)
        {
            return;
        }

        for (var i = 0; i < _nodes.Length; i++)
        {
            var state = _nodes[i];
            if (state.Status != NodeStatus.Running)
            {
                continue;
            }

            if (!WaitsFor(_plan.Nodes[i], state, shard, out var outstanding))
            {
                continue;
            }

            // Every call of the failed step is written off now (the lost ones never answer; answers of the others
            // are ignored once the executor failed), so the run can be forgotten as soon as it responded.
            _pending -= outstanding;
            Fail(i, LostError(_plan.Nodes[i].Name, reason), _request.Docs, _request.Parameters);
        }
    }

    private static bool WaitsFor(PlanNode node, NodeRun state, IActorRef shard, out int outstanding)
    {
        outstanding = 1;
        switch (state.Stage)
        {
            case CallStage.UsesBefore:
                return shard.Equals(node.UsesBefore);
            case CallStage.UsesAfter:
                return shard.Equals(node.UsesAfter);
            case CallStage.Shard when state.ShardDocs is null:
                return shard.Equals(node.Shards[state.CalledShard]);
            case CallStage.Shard:
                outstanding = 0;
                var waits = false;
                for (var s = 0; s < node.Shards.Length; s++)
                {
                    if (state.ShardDocs[s] is null)
                    {
                        outstanding++;
                        waits |= shard.Equals(node.Shards[s]);
                    }
                }

                return waits;
            default:
                return false;
        }
    }

    private static FlowError LostError(string executor, string reason) =>
        new(executor, LostExceptionType, "Executor '" + executor + "' is lost: " + reason + ".", null);
}
