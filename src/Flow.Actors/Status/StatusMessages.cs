using Flow.Actors.Serialization;

namespace Flow.Actors.Status;

/// <summary>Anyone (e.g. <c>flow status</c> through the cluster client) → a node's status service: describe the cluster; answered by <see cref="ClusterStatusReport"/>.</summary>
internal sealed record GetClusterStatus : IFlowWireMessage
{
    public static GetClusterStatus Instance { get; } = new();
}

/// <summary>The cluster as one member sees it: its members, and where each shard and replica of every Flow runs.</summary>
internal sealed record ClusterStatusReport(IReadOnlyList<MemberStatusEntry> Members, IReadOnlyList<FlowStatusEntry> Flows) : IFlowWireMessage;

/// <summary>One member: its address, roles, membership status and reachability.</summary>
internal sealed record MemberStatusEntry(string Address, IReadOnlyList<string> Roles, string Status, bool Reachable);

/// <summary>One Flow: its executors in definition order.</summary>
internal sealed record FlowStatusEntry(string Flow, IReadOnlyList<ExecutorStatusEntry> Executors);

/// <summary>One executor (or its uses_before / uses_after): its shards.</summary>
internal sealed record ExecutorStatusEntry(string Executor, IReadOnlyList<ShardStatusEntry> Shards);

/// <summary>One shard: the node its entity runs on (empty when it did not answer) and the node of each replica.</summary>
internal sealed record ShardStatusEntry(int Shard, string Node, IReadOnlyList<string> ReplicaNodes);

/// <summary>Status service → the status service of every member: describe the Flows running on your node; answered by <see cref="LocalFlows"/>.</summary>
internal sealed record GetLocalFlows : IFlowWireMessage
{
    public static GetLocalFlows Instance { get; } = new();
}

/// <summary>The Flows running on one node, with their shards as seen from it.</summary>
internal sealed record LocalFlows(IReadOnlyList<FlowStatusEntry> Flows) : IFlowWireMessage;
