namespace Flow.Actors.Serialization;

/// <summary>An inbound message carried a type id that is not on this node's allow-list.</summary>
internal sealed class UnknownTypeIdException(int typeId)
    : Exception($"Type id {typeId} is not registered on this node; the message is dropped.")
{
    public int TypeId { get; } = typeId;
}
