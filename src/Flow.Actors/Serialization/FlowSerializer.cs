using Akka.Actor;
using Akka.Serialization;

namespace Flow.Actors.Serialization;

/// <summary>Flow's serializer for its messages between nodes (protobuf, stable manifests).</summary>
public sealed class FlowSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <inheritdoc />
    public override int Identifier => 1071;

    /// <inheritdoc />
    public override string Manifest(object o) => throw new NotSupportedException("TEMPORARY: the wire format is being written.");

    /// <inheritdoc />
    public override byte[] ToBinary(object obj) => throw new NotSupportedException("TEMPORARY: the wire format is being written.");

    /// <inheritdoc />
    public override object FromBinary(byte[] bytes, string manifest) => throw new NotSupportedException("TEMPORARY: the wire format is being written.");
}
