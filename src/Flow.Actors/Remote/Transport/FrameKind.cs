namespace Flow.Actors.Remote.Transport;

/// <summary>The kind byte after each frame's length (see Protos/remote_wire.proto).</summary>
internal enum FrameKind : byte
{
    Handshake = 1,
    HandshakeAck = 2,
    UserMessage = 3,
    SystemMessage = 4,
    SystemAck = 5,
    Heartbeat = 6,
    Chunk = 8,
}
