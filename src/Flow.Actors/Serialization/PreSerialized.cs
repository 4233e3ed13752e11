using System.Runtime.CompilerServices;

namespace Flow.Actors.Serialization;

/// <summary>
/// Bytes <see cref="MessageSizeGuard"/> already wrote for a message about to leave the node, kept for
/// <see cref="FlowSerializer"/> to hand to Akka's remoting instead of serializing the same message a second time.
/// Each entry is used once; an entry whose message is never serialized goes with the message (weak keys).
/// </summary>
internal static class PreSerialized
{
    private static readonly ConditionalWeakTable<object, byte[]> Bytes = new();

    /// <summary>Keeps <paramref name="bytes"/> as the serialized form of <paramref name="message"/> (which must not change until sent).</summary>
    public static void Keep(object message, byte[] bytes) => Bytes.AddOrUpdate(message, bytes);

    /// <summary>Takes the bytes kept for <paramref name="message"/>, if any.</summary>
    public static bool TryTake(object message, out byte[] bytes)
    {
        if (Bytes.TryGetValue(message, out var kept))
        {
            Bytes.Remove(message);
            bytes = kept;
            return true;
        }

        bytes = [];
        return false;
    }
}
