using Akka.Actor;

namespace Flow.Bench.Cluster;

/// <summary>
/// Raw Akka.Remote's side of the cross-node benchmark, on the other node: answers a byte[] with the same array (echo,
/// the shape of a Flow request whose response carries its documents back) or, when its first byte is 0, with one byte
/// (an acknowledgement).
/// </summary>
internal sealed class EchoActor : ReceiveActor
{
    /// <summary>The actor's name under <c>/user</c>.</summary>
    public const string Name = "raw-echo";

    private static readonly byte[] Ack = [1];

    public EchoActor() => Receive<byte[]>(bytes => Sender.Tell(bytes.Length > 0 && bytes[0] == 0 ? Ack : bytes));
}
