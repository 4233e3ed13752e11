using Flow.Actors.Executors;
using Flow.Actors.Gateway;
using Flow.Actors.Protos;
using Flow.Actors.Serialization.Codecs;
using Flow.Actors.Status;
using M = Flow.Actors.Serialization.WireManifests;

namespace Flow.Actors.Serialization;

/// <summary>Reads each of Flow's wire messages by its manifest.</summary>
internal static class WireDecoder
{
    /// <summary>The message of manifest <paramref name="manifest"/> in <paramref name="bytes"/>.</summary>
    /// <exception cref="KeyNotFoundException">The manifest is not one of Flow's.</exception>
    /// <exception cref="Google.Protobuf.InvalidProtocolBufferException">The bytes are not a valid encoding.</exception>
    /// <exception cref="InvalidDataException">A value is out of its range, or a required field is missing.</exception>
    public static object FromBytes(string manifest, ReadOnlySpan<byte> bytes) => manifest switch
    {
        M.ShardCall => ShardCodec.FromProto(ShardCallProto.Parser.ParseFrom(bytes)),
        M.CallResult => ShardCodec.FromProto(CallResultProto.Parser.ParseFrom(bytes)),
        M.ReplicaWork => ReplicaCodec.FromProto(ReplicaWorkProto.Parser.ParseFrom(bytes)),
        M.ReplicaDone => ReplicaCodec.FromProto(ReplicaDoneProto.Parser.ParseFrom(bytes)),
        M.PostRequest => new PostRequest(RequestCodec.FromProto(PostRequestProto.Parser.ParseFrom(bytes).Request)),
        M.FlowResponse => RequestCodec.FromProto(FlowResponseProto.Parser.ParseFrom(bytes)),
        M.FlowRequest => RequestCodec.FromProto(FlowRequestProto.Parser.ParseFrom(bytes)),
        M.StartShard => new StartShard(ShardProto.Parser.ParseFrom(bytes).Shard),
        M.ShardStarted => ShardCodec.FromProto(ShardStartedProto.Parser.ParseFrom(bytes)),
        M.ProbeShard => new ProbeShard(ShardProto.Parser.ParseFrom(bytes).Shard),
        M.ShardProbeResult => ShardCodec.FromProto(ShardProbeResultProto.Parser.ParseFrom(bytes)),
        M.CloseShard => new CloseShard(ShardProto.Parser.ParseFrom(bytes).Shard),
        M.ShardClosed => ShardCodec.FromProto(ShardClosedProto.Parser.ParseFrom(bytes)),
        M.StopShard => StopShard.Instance,
        M.ReplicaSpec => ReplicaCodec.FromProto(ReplicaSpecProto.Parser.ParseFrom(bytes)),
        M.ReplicaCrashed => Crashed(ReplicaWorkFailedProto.Parser.ParseFrom(bytes)),
        M.ReplicaBounced => Bounced(ReplicaWorkFailedProto.Parser.ParseFrom(bytes)),
        M.ReplicaJoin => ReplicaJoin.Instance,
        M.ReplicaAssigned => new ReplicaAssigned(ReplicaIndexProto.Parser.ParseFrom(bytes).Replica),
        M.ReplicaUp => new ReplicaUp(ReplicaIndexProto.Parser.ParseFrom(bytes).Replica),
        M.ReplicaBroken => Broken(ReplicaErrorProto.Parser.ParseFrom(bytes)),
        M.ReplicaPing => new ReplicaPing(ReplicaIndexProto.Parser.ParseFrom(bytes).Replica),
        M.ReplicaPong => new ReplicaPong(ReplicaIndexProto.Parser.ParseFrom(bytes).Replica),
        M.CloseReplica => CloseReplica.Instance,
        M.ReplicaClosed => Closed(ReplicaErrorProto.Parser.ParseFrom(bytes)),
        M.DescribeFlow => DescribeFlow.Instance,
        M.FlowDescription => StatusCodec.FromProto(FlowDescriptionProto.Parser.ParseFrom(bytes)),
        M.GetClusterStatus => GetClusterStatus.Instance,
        M.ClusterStatusReport => StatusCodec.FromProto(ClusterStatusProto.Parser.ParseFrom(bytes)),
        M.GetLocalFlows => GetLocalFlows.Instance,
        M.LocalFlows => StatusCodec.FromProto(LocalFlowsProto.Parser.ParseFrom(bytes)),
        _ => throw new KeyNotFoundException($"'{manifest}' is not one of Flow's message manifests."),
    };

    private static ReplicaCrashed Crashed(ReplicaWorkFailedProto p) => new(p.Replica, p.WorkId, ReplicaCodec.Cause(p.Cause));

    private static ReplicaBounced Bounced(ReplicaWorkFailedProto p) => new(p.Replica, p.WorkId, ReplicaCodec.Cause(p.Cause));

    private static ReplicaBroken Broken(ReplicaErrorProto p) => new(p.Replica, ReplicaCodec.Cause(p.Error));

    private static ReplicaClosed Closed(ReplicaErrorProto p) => new(p.Replica, ErrorCodec.FromProto(p.Error));
}
