using System.Buffers;
using System.Buffers.Binary;

namespace Flow.Actors.Remote.Transport;

/// <summary>
/// Splits a byte stream into frames: <c>[u32 LE length][u8 kind][payload]</c>, length counting kind and payload.
/// Never throws on any input: a length of 0 or over the limit, or an unknown kind, is <see cref="FrameResult.Invalid"/>
/// (the connection is then closed), and a partial frame is <see cref="FrameResult.NeedMore"/>.
/// </summary>
internal static class FrameDecoder
{
    public const int LengthSize = 4;

    public static FrameResult TryRead(ref ReadOnlySequence<byte> buffer, int maximumFrameSize, out FrameKind kind, out ReadOnlySequence<byte> payload)
    {
        kind = default;
        payload = default;
        if (buffer.Length < LengthSize)
        {
            return FrameResult.NeedMore;
        }

        Span<byte> header = stackalloc byte[LengthSize];
        buffer.Slice(0, LengthSize).CopyTo(header);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(header);
        if (length == 0 || length > (uint)maximumFrameSize)
        {
            return FrameResult.Invalid;
        }

        if (buffer.Length < LengthSize + length)
        {
            return FrameResult.NeedMore;
        }

        var kindByte = buffer.Slice(LengthSize, 1).FirstSpan[0];
        if (!IsKnown(kindByte))
        {
            return FrameResult.Invalid;
        }

        kind = (FrameKind)kindByte;
        payload = buffer.Slice(LengthSize + 1, length - 1);
        buffer = buffer.Slice(LengthSize + length);
        return FrameResult.Frame;
    }

    private static bool IsKnown(byte kind) => kind is >= 1 and <= 6 or 8;
}
