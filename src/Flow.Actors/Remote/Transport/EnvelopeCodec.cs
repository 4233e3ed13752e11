using System.Buffers;
using System.Buffers.Binary;

namespace Flow.Actors.Remote.Transport;

/// <summary>
/// The hot-path encoding of <c>RemoteEnvelope</c> (Protos/remote_wire.proto), written by hand in protobuf wire format
/// so that no message object is allocated per send; readable by the generated parser (snapshot-tested).
/// </summary>
internal static class EnvelopeCodec
{
    private const byte RecipientTag = (1 << 3) | 2;
    private const byte SenderTag = (2 << 3) | 2;
    private const byte TypeIdTag = 3 << 3;
    private const byte PayloadTag = (4 << 3) | 2;
    private const byte SeqTag = 5 << 3;

    /// <summary>The encoded size of an envelope.</summary>
    public static int Size(int recipientLength, int senderLength, int typeId, int payloadLength, ulong seq)
    {
        var size = 1 + Varint.Size((ulong)recipientLength) + recipientLength
            + 1 + Varint.Size((ulong)(uint)typeId)
            + 1 + Varint.Size((ulong)payloadLength) + payloadLength;
        if (senderLength > 0)
        {
            size += 1 + Varint.Size((ulong)senderLength) + senderLength;
        }

        if (seq != 0)
        {
            size += 1 + Varint.Size(seq);
        }

        return size;
    }

    /// <summary>Writes a whole frame (length, kind, envelope) into <paramref name="destination"/>, which must hold 5 + Size bytes.</summary>
    public static int WriteFrame(Span<byte> destination, FrameKind kind, ReadOnlySpan<byte> recipient, ReadOnlySpan<byte> sender, int typeId, ReadOnlySpan<byte> payload, ulong seq)
    {
        var size = Size(recipient.Length, sender.Length, typeId, payload.Length, seq);
        BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)(size + 1));
        destination[4] = (byte)kind;
        var p = 5;
        p += WriteBytes(destination[p..], RecipientTag, recipient);
        if (sender.Length > 0)
        {
            p += WriteBytes(destination[p..], SenderTag, sender);
        }

        destination[p++] = TypeIdTag;
        p += Varint.Write(destination[p..], (uint)typeId);
        p += WriteBytes(destination[p..], PayloadTag, payload);
        if (seq != 0)
        {
            destination[p++] = SeqTag;
            p += Varint.Write(destination[p..], seq);
        }

        return p;
    }

    /// <summary>Parses an envelope; false for malformed input (never throws).</summary>
    public static bool TryRead(ReadOnlySpan<byte> data, out EnvelopeView envelope)
    {
        envelope = default;
        int recipientStart = -1, recipientLength = 0, senderStart = -1, senderLength = 0, payloadStart = -1, payloadLength = 0;
        var typeId = 0;
        ulong seq = 0;
        var p = 0;
        while (p < data.Length)
        {
            if (!Varint.TryRead(data, ref p, out var tag))
            {
                return false;
            }

            var field = tag >> 3;
            var wire = (int)(tag & 7);
            switch (wire)
            {
                case 0:
                    if (!Varint.TryRead(data, ref p, out var number))
                    {
                        return false;
                    }

                    if (field == 3)
                    {
                        typeId = (int)number;
                    }
                    else if (field == 5)
                    {
                        seq = number;
                    }

                    break;
                case 2:
                    if (!Varint.TryRead(data, ref p, out var length) || length > (ulong)(data.Length - p))
                    {
                        return false;
                    }

                    var start = p;
                    p += (int)length;
                    switch (field)
                    {
                        case 1:
                            (recipientStart, recipientLength) = (start, (int)length);
                            break;
                        case 2:
                            (senderStart, senderLength) = (start, (int)length);
                            break;
                        case 4:
                            (payloadStart, payloadLength) = (start, (int)length);
                            break;
                    }

                    break;
                case 1:
                    if (data.Length - p < 8)
                    {
                        return false;
                    }

                    p += 8;
                    break;
                case 5:
                    if (data.Length - p < 4)
                    {
                        return false;
                    }

                    p += 4;
                    break;
                default:
                    return false;
            }
        }

        if (recipientStart < 0)
        {
            return false;
        }

        envelope = new EnvelopeView(recipientStart, recipientLength, senderStart, senderLength, typeId, payloadStart < 0 ? 0 : payloadStart, payloadLength, seq);
        return true;
    }

    private static int WriteBytes(Span<byte> destination, byte tag, ReadOnlySpan<byte> bytes)
    {
        destination[0] = tag;
        var p = 1 + Varint.Write(destination[1..], (ulong)bytes.Length);
        bytes.CopyTo(destination[p..]);
        return p + bytes.Length;
    }
}
