using Flow.Actors.Executors;
using Flow.Actors.Protos;
using Flow.Core.Wire;

namespace Flow.Actors.Serialization.Codecs;

/// <summary>The shard entity ↔ replica messages and <see cref="ReplicaSpec"/> to and from their protos.</summary>
internal static class ReplicaCodec
{
    public static ReplicaWorkProto ToProto(ReplicaWork work) => new()
    {
        WorkId = work.WorkId,
        Input = InputCodec.ToProto(work.Input),
        Avoid = work.Avoid,
    };

    public static ReplicaWork FromProto(ReplicaWorkProto proto) => new(proto.WorkId, InputCodec.FromProto(proto.Input), proto.Avoid);

    public static ReplicaDoneProto ToProto(ReplicaDone done) => new()
    {
        Replica = done.Replica,
        WorkId = done.WorkId,
        Docs = DocumentProtoConverter.ToProto(done.Docs),
        Parameters = JsonCodec.ToBytes(done.Parameters),
        Error = ErrorCodec.ToProto(done.Error),
    };

    public static ReplicaDone FromProto(ReplicaDoneProto proto) =>
        new(proto.Replica, proto.WorkId, InputCodec.Docs(proto.Docs), ShardCodec.Parameters(proto.HasParameters, proto.Parameters), ErrorCodec.FromProto(proto.Error));

    public static ReplicaWorkFailedProto Failed(int replica, long workId, Core.Requests.FlowError cause) => new()
    {
        Replica = replica,
        WorkId = workId,
        Cause = ErrorCodec.ToProto(cause),
    };

    public static ReplicaIndexProto Index(int replica) => new() { Replica = replica };

    public static ReplicaErrorProto Error(int replica, Core.Requests.FlowError? error) => new() { Replica = replica, Error = ErrorCodec.ToProto(error) };

    public static ReplicaSpecProto ToProto(ReplicaSpec spec)
    {
        var proto = new ReplicaSpecProto
        {
            Flow = spec.Flow,
            Executor = spec.Executor,
            Shard = spec.Shard,
            Shards = spec.Shards,
            Replicas = spec.Replicas,
        };
        if (spec.Uses is { } uses)
        {
            proto.Uses = uses;
        }

        if (spec.UsesWith is { } usesWith)
        {
            proto.UsesWith = JsonCodec.ToBytes(usesWith);
        }

        if (spec.Workspace is { } workspace)
        {
            proto.Workspace = workspace;
        }

        if (spec.WorkspaceName is { } workspaceName)
        {
            proto.WorkspaceName = workspaceName;
        }

        if (spec.UsesRequests is { } requests)
        {
            foreach (var (endpoint, method) in requests)
            {
                proto.UsesRequests.Add(endpoint, method);
            }
        }

        return proto;
    }

    public static ReplicaSpec FromProto(ReplicaSpecProto proto) => new(
        proto.Flow,
        proto.Executor,
        proto.HasUses ? proto.Uses : null,
        proto.HasUsesWith ? JsonCodec.FromBytes(proto.UsesWith) : null,
        proto.Shard,
        proto.Shards,
        proto.Replicas,
        proto.HasWorkspace ? proto.Workspace : null,
        proto.HasWorkspaceName ? proto.WorkspaceName : null,
        proto.UsesRequests.Count > 0 ? new Dictionary<string, string>(proto.UsesRequests, StringComparer.Ordinal) : null);

    /// <summary>The cause of a crash or bounce, which is never null.</summary>
    public static Core.Requests.FlowError Cause(FlowErrorProto? proto) =>
        ErrorCodec.FromProto(proto) ?? throw new InvalidDataException("The replica's failure has no cause.");
}
