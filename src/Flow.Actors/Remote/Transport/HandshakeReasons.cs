namespace Flow.Actors.Remote.Transport;

/// <summary>The reasons a handshake is refused (sent in <c>HandshakeAck.reason</c>).</summary>
internal static class HandshakeReasons
{
    public const string Simultaneous = "simultaneous dial: the connection dialed by the smaller address is kept";
    public const string Quarantined = "this incarnation is quarantined";
    public const string WrongCookie = "wrong cookie";
    public const string WrongAddress = "the handshake names another address";
}
