namespace Flow.Actors.Serialization;

/// <summary>A type allowed on the wire: its stable id and the serializer that writes it.</summary>
/// <param name="Type">The exact runtime type.</param>
/// <param name="TypeId">The id written on the wire in place of any type name.</param>
/// <param name="Serializer">Reads and writes instances.</param>
public sealed record TypeBinding(Type Type, int TypeId, IMessageSerializer Serializer);
