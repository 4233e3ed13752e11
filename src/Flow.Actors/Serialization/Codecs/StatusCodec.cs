using Flow.Actors.Gateway;
using Flow.Actors.Protos;
using Flow.Actors.Status;

namespace Flow.Actors.Serialization.Codecs;

/// <summary>The gateway's description and the status service's reports to and from their protos.</summary>
internal static class StatusCodec
{
    public static FlowDescriptionProto ToProto(FlowDescription description)
    {
        var proto = new FlowDescriptionProto { Flow = description.Flow, Signature = description.Signature };
        proto.Executors.AddRange(description.Executors);
        return proto;
    }

    public static FlowDescription FromProto(FlowDescriptionProto proto) => new(proto.Flow, [.. proto.Executors], proto.Signature);

    public static ClusterStatusProto ToProto(ClusterStatusReport report)
    {
        var proto = new ClusterStatusProto();
        foreach (var m in report.Members)
        {
            var member = new MemberStatusProto { Address = m.Address, Status = m.Status, Reachable = m.Reachable };
            member.Roles.AddRange(m.Roles);
            proto.Members.Add(member);
        }

        foreach (var flow in report.Flows)
        {
            proto.Flows.Add(ToProto(flow));
        }

        return proto;
    }

    public static ClusterStatusReport FromProto(ClusterStatusProto proto) => new(
        [.. proto.Members.Select(m => new MemberStatusEntry(m.Address, [.. m.Roles], m.Status, m.Reachable))],
        [.. proto.Flows.Select(FromProto)]);

    public static LocalFlowsProto ToProto(LocalFlows flows)
    {
        var proto = new LocalFlowsProto();
        foreach (var flow in flows.Flows)
        {
            proto.Flows.Add(ToProto(flow));
        }

        return proto;
    }

    public static LocalFlows FromProto(LocalFlowsProto proto) => new([.. proto.Flows.Select(FromProto)]);

    private static FlowStatusProto ToProto(FlowStatusEntry flow)
    {
        var proto = new FlowStatusProto { Flow = flow.Flow };
        foreach (var executor in flow.Executors)
        {
            var e = new ExecutorStatusProto { Executor = executor.Executor };
            foreach (var shard in executor.Shards)
            {
                var s = new ShardStatusProto { Shard = shard.Shard, Node = shard.Node };
                s.ReplicaNodes.AddRange(shard.ReplicaNodes);
                e.Shards.Add(s);
            }

            proto.Executors.Add(e);
        }

        return proto;
    }

    private static FlowStatusEntry FromProto(FlowStatusProto proto) => new(
        proto.Flow,
        [.. proto.Executors.Select(e => new ExecutorStatusEntry(e.Executor, [.. e.Shards.Select(s => new ShardStatusEntry(s.Shard, s.Node, [.. s.ReplicaNodes]))]))]);
}
