using System.Text.Json.Nodes;
using Flow.Actors;
using Flow.Actors.Serialization;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Protos;
using Flow.Core.Requests;
using Flow.Engine.Runtime;
using Flow.Core.Wire;

namespace Flow.Engine.Remote;

/// <summary>The engine's remote messages to and from their contracts in <c>flow_remote.proto</c>. Refs travel as wire paths (<see cref="ActorRefWire"/>).</summary>
internal static class EngineProtoConverter
{
    public static ShardCallProto ToProto(ShardCall call)
    {
        var input = call.Input;
        var proto = new ShardCallProto
        {
            Key = ToProto(call.Key),
            Endpoint = input.Endpoint,
            ReplyTo = ActorRefWire.ToWire(call.ReplyTo),
            HasParameters = input.Parameters is not null,
        };
        if (input.Parameters is { } parameters)
        {
            proto.Parameters = JsonStructConverter.ToStruct(parameters);
        }

        if (input.Parts is { } parts)
        {
            foreach (var part in parts)
            {
                proto.Parts.Add(DocumentProtoConverter.ToProto(part));
            }
        }
        else
        {
            proto.Docs = DocumentProtoConverter.ToProto(input.Docs);
        }

        return proto;
    }

    public static ShardCall FromProto(ShardCallProto proto)
    {
        JsonObject? parameters = proto.HasParameters ? JsonStructConverter.FromStruct(proto.Parameters ?? new Google.Protobuf.WellKnownTypes.Struct()) : null;
        ExecutorInput input;
        if (proto.Parts.Count > 0)
        {
            var parts = new DocumentArray[proto.Parts.Count];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = DocumentProtoConverter.FromProto(proto.Parts[i]);
            }

            input = ExecutorInput.FromParts(proto.Endpoint, parts, parameters);
        }
        else
        {
            input = new ExecutorInput(proto.Endpoint, DocumentProtoConverter.FromProto(proto.Docs ?? new DocumentArrayProto()), parameters);
        }

        return new ShardCall(FromProto(proto.Key), input, ActorRefWire.FromWire(proto.ReplyTo));
    }

    public static CallResultProto ToProto(CallResult result) => new()
    {
        Key = ToProto(result.Key),
        Docs = DocumentProtoConverter.ToProto(result.Docs),
        Parameters = JsonStructConverter.ToStruct(result.Parameters),
        Error = result.Error is { } e ? ToProto(e) : null,
    };

    public static CallResult FromProto(CallResultProto proto) => new(
        FromProto(proto.Key),
        DocumentProtoConverter.FromProto(proto.Docs ?? new DocumentArrayProto()),
        proto.Parameters is null ? new JsonObject() : JsonStructConverter.FromStruct(proto.Parameters),
        proto.Error is null ? null : FromProto(proto.Error));

    public static RegionStartedProto ToProto(RegionStarted started)
    {
        var proto = new RegionStartedProto();
        foreach (var shard in started.Shards)
        {
            proto.Shards.Add(ActorRefWire.ToWire(shard));
        }

        if (started.Failure is { } failure)
        {
            proto.Failure = ToProto(failure);
        }

        return proto;
    }

    public static RegionStarted FromProto(RegionStartedProto proto)
    {
        var shards = new IActorRef[proto.Shards.Count];
        for (var i = 0; i < shards.Length; i++)
        {
            shards[i] = ActorRefWire.FromWire(proto.Shards[i]);
        }

        return new RegionStarted(shards, proto.Failure is null ? null : new ExecutorConstructionException(proto.Failure.Executor, proto.Failure.Message));
    }

    public static ShardClosedProto ToProto(ShardClosed closed) =>
        new() { Shard = closed.Shard, Error = closed.Error is { } e ? ToProto(e) : null };

    public static ShardClosed FromProto(ShardClosedProto proto) =>
        new(proto.Shard, proto.Error is null ? null : new InvalidOperationException(proto.Error.Message));

    private static FlowErrorProto ToProto(Exception e) => new()
    {
        Executor = e is ExecutorConstructionException c ? c.Executor : string.Empty,
        ExceptionType = e.GetType().Name,
        Message = e is ExecutorConstructionException ce ? Unprefixed(ce) : e.Message,
    };

    private static string Unprefixed(ExecutorConstructionException e)
    {
        var prefix = "Executor '" + e.Executor + "': ";
        return e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message;
    }

    private static FlowErrorProto ToProto(FlowError error) => new()
    {
        Executor = error.Executor,
        ExceptionType = error.ExceptionType,
        Message = error.Message,
        StackTrace = error.StackTrace ?? string.Empty,
    };

    private static FlowError FromProto(FlowErrorProto proto) =>
        new(proto.Executor, proto.ExceptionType, proto.Message, proto.StackTrace.Length == 0 ? null : proto.StackTrace);

    private static CallKeyProto ToProto(CallKey key) =>
        new() { RunId = key.RunId, Node = key.Node, Stage = (int)key.Stage, Shard = key.Shard };

    private static CallKey FromProto(CallKeyProto? proto) =>
        proto is null ? default : new CallKey(proto.RunId, proto.Node, (CallStage)proto.Stage, proto.Shard);
}
