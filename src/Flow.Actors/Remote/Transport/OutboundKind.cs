namespace Flow.Actors.Remote.Transport;

/// <summary>What an item of an association's outbound queue is.</summary>
internal enum OutboundKind : byte
{
    User,
    System,
    Ack,
    Heartbeat,
}
