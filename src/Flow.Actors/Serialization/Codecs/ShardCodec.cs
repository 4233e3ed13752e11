using Flow.Actors.Executors;
using Flow.Actors.Protos;
using Flow.Core.Runs;

namespace Flow.Actors.Serialization.Codecs;

/// <summary>The gateway ↔ shard entity messages (<see cref="ShardCall"/>, <see cref="CallResult"/>) and the shard lifecycle to and from their protos.</summary>
internal static class ShardCodec
{
    public static ShardCallProto ToProto(ShardCall call) => new()
    {
        Key = InputCodec.ToProto(call.Key),
        Input = InputCodec.ToProto(call.Input),
    };

    public static ShardCall FromProto(ShardCallProto proto) =>
        new(InputCodec.FromProto(proto.Key), InputCodec.FromProto(proto.Input));

    public static CallResultProto ToProto(CallResult result) => new()
    {
        Key = InputCodec.ToProto(result.Key),
        Docs = Core.Wire.DocumentProtoConverter.ToProto(result.Docs),
        Parameters = JsonCodec.ToBytes(result.Parameters),
        Error = ErrorCodec.ToProto(result.Error),
    };

    public static CallResult FromProto(CallResultProto proto) =>
        new(InputCodec.FromProto(proto.Key), InputCodec.Docs(proto.Docs), Parameters(proto.HasParameters, proto.Parameters), ErrorCodec.FromProto(proto.Error));

    public static ShardStartedProto ToProto(ShardStarted started) => new()
    {
        Shard = started.Shard,
        Replicas = started.Replicas,
        ReplicasUp = started.ReplicasUp,
        Failure = ErrorCodec.ToProto(started.Failure),
    };

    public static ShardStarted FromProto(ShardStartedProto proto) =>
        new(proto.Shard, proto.Replicas, proto.ReplicasUp, ErrorCodec.FromProto(proto.Failure));

    public static ShardProbeResultProto ToProto(ShardProbeResult result)
    {
        var proto = new ShardProbeResultProto
        {
            Executor = result.Executor,
            Shard = result.Shard,
            Node = result.Node,
            Answered = result.Answered,
            Replicas = result.Replicas,
        };
        proto.ReplicaNodes.AddRange(result.ReplicaNodes);
        return proto;
    }

    public static ShardProbeResult FromProto(ShardProbeResultProto proto) =>
        new(proto.Executor, proto.Shard, proto.Node, proto.Answered, proto.Replicas, [.. proto.ReplicaNodes]);

    public static ShardClosedProto ToProto(ShardClosed closed) => new() { Shard = closed.Shard, Error = ErrorCodec.ToProto(closed.Error) };

    public static ShardClosed FromProto(ShardClosedProto proto) => new(proto.Shard, ErrorCodec.FromProto(proto.Error));

    public static ShardProto Shard(int shard) => new() { Shard = shard };

    /// <summary>Parameters that are never null: an absent field is an empty object.</summary>
    internal static System.Text.Json.Nodes.JsonObject Parameters(bool present, Google.Protobuf.ByteString bytes) =>
        present ? JsonCodec.FromBytes(bytes) : [];
}
