using Flow.Core.Requests;

namespace Flow.Core.Runs;

/// <summary>A request run's answer to the loss of a call target (an executor shard whose node is gone): the step waiting for it fails.</summary>
internal sealed partial class RequestRun
{
    /// <summary>The exception type named by the error of a call whose target was lost.</summary>
    public const string LostExceptionType = "ExecutorLostException";

    /// <summary>
    /// Fails every executor of this run whose current step waits for <paramref name="stage"/> / <paramref name="shard"/>
    /// of node <paramref name="node"/>, with an error naming the executor and <paramref name="reason"/>. Every call of
    /// the failed step is written off (answers still to come are ignored), so the run can be forgotten once it responded.
    /// </summary>
    /// <returns>True when a step of this run was failed.</returns>
    public bool OnTargetLost(int node, CallStage stage, int shard, string reason)
    {
        if (_abandoned || (uint)node >= (uint)_nodes.Length)
        {
            return false;
        }

        var state = _nodes[node];
        if (state.Status != NodeStatus.Running || state.Outstanding == 0 || state.Stage != stage || !WaitsForShard(state, shard))
        {
            return false;
        }

        _pending -= state.Outstanding;
        state.Outstanding = 0;
        Fail(node, LostError(_plan.Nodes[node].Name, reason), _request.Docs, _request.Parameters);
        return true;
    }

    /// <summary>
    /// Sends again the call of node <paramref name="node"/>'s current step to <paramref name="stage"/> /
    /// <paramref name="shard"/> when this run still waits for it (its target moved: the shard's entity stopped on a node
    /// that left or was lost, and the region will deliver it wherever the shard runs next). The first answer wins.
    /// </summary>
    /// <returns>True when a call was sent again.</returns>
    public bool Resend(int node, CallStage stage, int shard)
    {
        if (_abandoned || (uint)node >= (uint)_nodes.Length)
        {
            return false;
        }

        var state = _nodes[node];
        if (state.Status != NodeStatus.Running || state.Outstanding == 0 || state.Stage != stage || !WaitsForShard(state, shard))
        {
            return false;
        }

        var input = stage == CallStage.Shard && state.ShardInputs is { } inputs ? inputs[shard] : state.Input;
        if (input is null)
        {
            return false;
        }

        _host.Call(new CallKey(Id, node, stage, shard), input);
        return true;
    }

    private static bool WaitsForShard(NodeRun state, int shard) =>
        state.Stage != CallStage.Shard
            || (state.ShardWaiting is { } waiting ? (uint)shard < (uint)waiting.Length && waiting[shard] : state.CalledShard == shard);

    private static FlowError LostError(string executor, string reason) =>
        new(executor, LostExceptionType, "Executor '" + executor + "' is lost: " + reason + ".", null);
}
