using System.Runtime.Serialization;
using Akka.Actor;
using Akka.Serialization;
using Google.Protobuf;

namespace Flow.Actors.Serialization;

/// <summary>
/// Flow's serializer for its messages between nodes (requests, responses, calls, results, documents, the shard and
/// replica protocols): protobuf (<c>Protos/flow_actors.proto</c>) under short, stable manifests (identifier 1071).
/// Bound in Flow's <c>reference.conf</c>. Thread-safe.
/// </summary>
/// <remarks>
/// Every failure is a <see cref="SerializationException"/> naming the message type or manifest: Akka's remoting logs
/// it as a transient error and keeps the connection, so a message that cannot be written, or bytes from a peer that
/// cannot be read, never take the association (or anything else) down.
/// </remarks>
public sealed class FlowSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>Flow's serializer identifier.</summary>
    public const int Id = 1071;

    /// <inheritdoc />
    public override int Identifier => Id;

    /// <inheritdoc />
    /// <exception cref="SerializationException"><paramref name="o"/> is not one of Flow's wire messages.</exception>
    public override string Manifest(object o) =>
        o is SerializedMessage written ? written.Manifest : WireEncoder.ManifestOf(o) ?? throw NotFlows(o);

    /// <inheritdoc />
    /// <exception cref="SerializationException"><paramref name="obj"/> is not one of Flow's wire messages, or cannot be written.</exception>
    public override byte[] ToBinary(object obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (obj is SerializedMessage written)
        {
            // Written already by MessageSizeGuard, which measured it before it was sent to an actor on another node.
            return written.Bytes;
        }

        if (PreSerialized.TryTake(obj, out var kept))
        {
            // Written already by MessageSizeGuard, which measured it before it was sent to a router or region.
            return kept;
        }

        IMessage? proto;
        try
        {
            proto = WireEncoder.ToProto(obj);
        }
        catch (ArgumentException) when (WireEncoder.ManifestOf(obj) is null)
        {
            throw NotFlows(obj);
        }
        catch (Exception e) when (e is not SerializationException)
        {
            throw new SerializationException($"Flow cannot write a message of type {obj.GetType().FullName}: {e.Message}", e);
        }

        if (proto is null)
        {
            return [];
        }

        // One array of the exact size, not zeroed first (every byte is written), written through a span.
        var bytes = GC.AllocateUninitializedArray<byte>(proto.CalculateSize());
        proto.WriteTo(bytes.AsSpan());
        return bytes;
    }

    /// <inheritdoc />
    /// <exception cref="SerializationException">The manifest is not one of Flow's, or the bytes are not a valid message of that manifest.</exception>
    public override object FromBinary(byte[] bytes, string manifest)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            return WireDecoder.FromBytes(manifest, bytes);
        }
        catch (KeyNotFoundException)
        {
            throw new SerializationException($"Flow cannot read a message with manifest '{manifest}' ({bytes.Length} bytes): the manifest is not one of Flow's (a newer or different peer?).");
        }
        catch (Exception e) when (e is not SerializationException and not OutOfMemoryException)
        {
            throw new SerializationException($"Flow cannot read a message with manifest '{manifest}' ({bytes.Length} bytes): {e.Message}", e);
        }
    }

    private static SerializationException NotFlows(object o) =>
        new($"{o.GetType().FullName} is not one of Flow's wire messages: FlowSerializer has no manifest for it (bind it to another serializer).");
}
