using Flow.Actors.Executors;
using Flow.Actors.Gateway;
using Flow.Actors.Protos;
using Flow.Actors.Serialization.Codecs;
using Flow.Actors.Status;
using Flow.Core.Requests;
using Flow.Core.Runs;
using Google.Protobuf;
using M = Flow.Actors.Serialization.WireManifests;

namespace Flow.Actors.Serialization;

/// <summary>Each of Flow's wire messages: its manifest, and its proto (null for a message without fields).</summary>
internal static class WireEncoder
{
    /// <summary>The manifest of <paramref name="message"/>, or null when it is not one of Flow's wire messages.</summary>
    public static string? ManifestOf(object message) => message switch
    {
        ShardCall => M.ShardCall,
        CallResult => M.CallResult,
        ReplicaWork => M.ReplicaWork,
        ReplicaDone => M.ReplicaDone,
        PostRequest => M.PostRequest,
        FlowResponse => M.FlowResponse,
        FlowRequest => M.FlowRequest,
        StartShard => M.StartShard,
        ShardStarted => M.ShardStarted,
        ProbeShard => M.ProbeShard,
        ShardProbeResult => M.ShardProbeResult,
        CloseShard => M.CloseShard,
        ShardClosed => M.ShardClosed,
        StopShard => M.StopShard,
        ReplicaSpec => M.ReplicaSpec,
        ReplicaCrashed => M.ReplicaCrashed,
        ReplicaBounced => M.ReplicaBounced,
        ReplicaJoin => M.ReplicaJoin,
        ReplicaAssigned => M.ReplicaAssigned,
        ReplicaUp => M.ReplicaUp,
        ReplicaBroken => M.ReplicaBroken,
        ReplicaPing => M.ReplicaPing,
        ReplicaPong => M.ReplicaPong,
        CloseReplica => M.CloseReplica,
        ReplicaClosed => M.ReplicaClosed,
        DescribeFlow => M.DescribeFlow,
        FlowDescription => M.FlowDescription,
        GetClusterStatus => M.GetClusterStatus,
        ClusterStatusReport => M.ClusterStatusReport,
        GetLocalFlows => M.GetLocalFlows,
        LocalFlows => M.LocalFlows,
        _ => null,
    };

    /// <summary>The proto of <paramref name="message"/>; null for a message without fields (written as no bytes).</summary>
    /// <exception cref="ArgumentException"><paramref name="message"/> is not one of Flow's wire messages.</exception>
    public static IMessage? ToProto(object message) => message switch
    {
        ShardCall m => ShardCodec.ToProto(m),
        CallResult m => ShardCodec.ToProto(m),
        ReplicaWork m => ReplicaCodec.ToProto(m),
        ReplicaDone m => ReplicaCodec.ToProto(m),
        PostRequest m => new PostRequestProto { Request = RequestCodec.ToProto(m.Request) },
        FlowResponse m => RequestCodec.ToProto(m),
        FlowRequest m => RequestCodec.ToProto(m),
        StartShard m => ShardCodec.Shard(m.Shard),
        ShardStarted m => ShardCodec.ToProto(m),
        ProbeShard m => ShardCodec.Shard(m.Shard),
        ShardProbeResult m => ShardCodec.ToProto(m),
        CloseShard m => ShardCodec.Shard(m.Shard),
        ShardClosed m => ShardCodec.ToProto(m),
        ReplicaSpec m => ReplicaCodec.ToProto(m),
        ReplicaCrashed m => ReplicaCodec.Failed(m.Replica, m.WorkId, m.Cause),
        ReplicaBounced m => ReplicaCodec.Failed(m.Replica, m.WorkId, m.Cause),
        ReplicaAssigned m => ReplicaCodec.Index(m.Replica),
        ReplicaUp m => ReplicaCodec.Index(m.Replica),
        ReplicaBroken m => ReplicaCodec.Error(m.Replica, m.Cause),
        ReplicaPing m => ReplicaCodec.Index(m.Replica),
        ReplicaPong m => ReplicaCodec.Index(m.Replica),
        ReplicaClosed m => ReplicaCodec.Error(m.Replica, m.Error),
        FlowDescription m => StatusCodec.ToProto(m),
        ClusterStatusReport m => StatusCodec.ToProto(m),
        LocalFlows m => StatusCodec.ToProto(m),
        StopShard or ReplicaJoin or CloseReplica or DescribeFlow or GetClusterStatus or GetLocalFlows => null,
        _ => throw new ArgumentException($"{message.GetType().FullName} is not one of Flow's wire messages.", nameof(message)),
    };
}
