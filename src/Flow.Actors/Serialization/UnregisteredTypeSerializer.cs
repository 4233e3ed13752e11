using System.Runtime.Serialization;
using Akka.Actor;
using Akka.Serialization;

namespace Flow.Actors.Serialization;

/// <summary>
/// Bound to <c>System.Object</c> in Flow's configuration, in place of Akka's Newtonsoft JSON fallback: a message type
/// that no serializer is bound to fails at the sender with an error naming it and saying how to register it, instead
/// of crossing the wire as slow JSON. Never writes or reads bytes.
/// </summary>
/// <remarks>
/// Throws <see cref="SerializationException"/>, which Akka's remoting logs as a transient error (the message is
/// dropped, the connection stays); any other exception would fail the connection to that node.
/// </remarks>
public sealed class UnregisteredTypeSerializer(ExtendedActorSystem system) : Serializer(system)
{
    /// <inheritdoc />
    public override int Identifier => 1072;

    /// <inheritdoc />
    public override bool IncludeManifest => false;

    /// <inheritdoc />
    public override byte[] ToBinary(object obj) =>
        throw new SerializationException(
            $"No serializer is bound to message type {obj?.GetType().FullName ?? "null"}: it cannot be sent to another node. "
            + "Flow's messages have their own serializer; bind an application's message type to one in akka.actor.serialization-bindings, "
            + "or allow it for Hyperion with FlowSerialization.AllowUserMessages.");

    /// <inheritdoc />
    public override object FromBinary(byte[] bytes, Type? type) =>
        throw new SerializationException($"Refusing to read a message of unregistered type {type?.FullName ?? "(no manifest)"} ({bytes.Length} bytes).");
}
