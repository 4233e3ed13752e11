using Flow.Actors.Protos;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Protos;
using Flow.Core.Runs;
using Flow.Core.Wire;

namespace Flow.Actors.Serialization.Codecs;

/// <summary><see cref="CallKey"/> and <see cref="ExecutorInput"/> to and from their protos.</summary>
internal static class InputCodec
{
    public static CallKeyProto ToProto(in CallKey key) => new()
    {
        RunId = key.RunId,
        Node = key.Node,
        Stage = (int)key.Stage,
        Shard = key.Shard,
    };

    public static CallKey FromProto(CallKeyProto? proto)
    {
        ArgumentNullException.ThrowIfNull(proto, "key");
        if ((uint)proto.Stage > (uint)CallStage.UsesAfter)
        {
            throw new InvalidDataException($"Unknown call stage {proto.Stage}.");
        }

        return new CallKey(proto.RunId, proto.Node, (CallStage)proto.Stage, proto.Shard);
    }

    public static ExecutorInputProto ToProto(ExecutorInput input)
    {
        var proto = new ExecutorInputProto { Endpoint = input.Endpoint, Ownership = (int)input.Ownership };
        if (input.Parts is { } parts)
        {
            proto.HasParts = true;
            for (var i = 0; i < parts.Count; i++)
            {
                proto.Parts.Add(DocumentProtoConverter.ToProto(parts[i]));
            }
        }
        else
        {
            proto.Docs = DocumentProtoConverter.ToProto(input.Docs);
        }

        if (input.Parameters is { } parameters)
        {
            proto.Parameters = JsonCodec.ToBytes(parameters);
        }

        return proto;
    }

    public static ExecutorInput FromProto(ExecutorInputProto? proto)
    {
        ArgumentNullException.ThrowIfNull(proto, "input");
        if ((uint)proto.Ownership > (uint)DocsOwnership.Transfer)
        {
            throw new InvalidDataException($"Unknown docs ownership {proto.Ownership}.");
        }

        var parameters = proto.HasParameters ? JsonCodec.FromBytes(proto.Parameters) : null;
        var ownership = (DocsOwnership)proto.Ownership;
        if (!proto.HasParts)
        {
            return new ExecutorInput(proto.Endpoint, Docs(proto.Docs), parameters) { Ownership = ownership };
        }

        var parts = new DocumentArray[proto.Parts.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = DocumentProtoConverter.FromProto(proto.Parts[i]);
        }

        return new ExecutorInput(proto.Endpoint, parts, parameters) { Ownership = ownership };
    }

    /// <summary>The documents of an array field; an absent field is an empty array.</summary>
    public static DocumentArray Docs(DocumentArrayProto? proto) =>
        proto is null ? new DocumentArray() : DocumentProtoConverter.FromProto(proto);
}
