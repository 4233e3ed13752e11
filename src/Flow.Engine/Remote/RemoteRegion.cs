using Flow.Actors;
using Flow.Core.Executors;
using Flow.Engine.Hosting;
using Flow.Core.Protos;
using Flow.Engine.Runtime;
using Flow.Core.Wire;

namespace Flow.Engine.Remote;

/// <summary>The hosting node's side of remote placement: an executor region built from its wire spec, executors resolved by <c>uses</c> here.</summary>
internal static class RemoteRegion
{
    public static Props Props(RegionSpecProto proto, ExecutorRegistry registry)
    {
        var usesWith = proto.UsesWith is null ? null : JsonStructConverter.FromStruct(proto.UsesWith);
        var root = proto.Workspace.Length == 0 ? null : proto.Workspace;
        var uses = proto.Uses.Length == 0 ? null : proto.Uses;
        int? retries = proto.HasRetries ? proto.Retries : null;
        var shards = new ShardSpec[proto.Shards];
        for (var s = 0; s < shards.Length; s++)
        {
            var shard = s;
            ExecutorFactory factory = replica => ExecutorInstance.Create(
                uses, registry, new ExecutorRuntimeInfo(proto.Name, shard, proto.Shards, replica, proto.Replicas, root), usesWith);
            shards[s] = new ShardSpec(proto.Name, s, proto.Replicas, factory, retries, FlowHost.ReplicaSupervisor);
        }

        var spec = new RegionSpec(proto.Name, shards);
        return Actors.Props.Create(() => new ExecutorRegionActor(spec));
    }
}
