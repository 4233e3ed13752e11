using System.Buffers;
using System.Buffers.Binary;

namespace Flow.Actors.Remote.Transport;

/// <summary>
/// Reassembles an envelope sent in <see cref="FrameKind.Chunk"/> frames (consecutive on one connection). Bounded by
/// the maximum message size; any inconsistency is reported as invalid input, never thrown.
/// </summary>
internal sealed class ChunkAssembler(long maximumMessageSize)
{
    private byte[]? _buffer;
    private ulong _messageId;
    private int _written;
    private int _total;

    /// <summary>Adds a chunk. Returns false on malformed input; <paramref name="complete"/> is the whole inner frame (kind + envelope) after the last chunk.</summary>
    public bool TryAdd(ReadOnlySpan<byte> chunk, out ArraySegment<byte> complete)
    {
        complete = default;
        if (!TryParse(chunk, out var id, out var total, out var last, out var data))
        {
            return false;
        }

        if (_buffer is null || id != _messageId)
        {
            Release();
            if (total < 2 || total > maximumMessageSize + 1)
            {
                return false;
            }

            _buffer = ArrayPool<byte>.Shared.Rent((int)total);
            _messageId = id;
            _total = (int)total;
        }

        if (total != _total || data.Length > _total - _written)
        {
            Release();
            return false;
        }

        data.CopyTo(_buffer.AsSpan(_written));
        _written += data.Length;
        if (!last)
        {
            return true;
        }

        if (_written != _total)
        {
            Release();
            return false;
        }

        complete = new ArraySegment<byte>(_buffer, 0, _total);
        return true;
    }

    /// <summary>Returns the buffer of a completed (or abandoned) message to the pool.</summary>
    public void Release()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = null;
        _written = 0;
        _total = 0;
    }

    /// <summary>Writes one chunk frame (<c>Chunk</c> of remote_wire.proto) and returns its size.</summary>
    public static int WriteFrame(Span<byte> destination, ulong messageId, int totalSize, bool last, ReadOnlySpan<byte> data)
    {
        var p = 5;
        destination[p++] = 1 << 3;
        p += Varint.Write(destination[p..], messageId);
        destination[p++] = (2 << 3) | 5;
        BinaryPrimitives.WriteUInt32LittleEndian(destination[p..], (uint)totalSize);
        p += 4;
        if (last)
        {
            destination[p++] = 3 << 3;
            destination[p++] = 1;
        }

        destination[p++] = (4 << 3) | 2;
        p += Varint.Write(destination[p..], (ulong)data.Length);
        data.CopyTo(destination[p..]);
        p += data.Length;
        BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)(p - 4));
        destination[4] = (byte)FrameKind.Chunk;
        return p;
    }

    public const int FrameOverhead = 5 + 11 + 5 + 2 + 6;

    private static bool TryParse(ReadOnlySpan<byte> chunk, out ulong id, out long total, out bool last, out ReadOnlySpan<byte> data)
    {
        id = 0;
        total = -1;
        last = false;
        data = default;
        var p = 0;
        while (p < chunk.Length)
        {
            if (!Varint.TryRead(chunk, ref p, out var tag))
            {
                return false;
            }

            switch (tag)
            {
                case 1 << 3:
                    if (!Varint.TryRead(chunk, ref p, out id))
                    {
                        return false;
                    }

                    break;
                case (2 << 3) | 5:
                    if (chunk.Length - p < 4)
                    {
                        return false;
                    }

                    total = BinaryPrimitives.ReadUInt32LittleEndian(chunk[p..]);
                    p += 4;
                    break;
                case 3 << 3:
                    if (!Varint.TryRead(chunk, ref p, out var flag))
                    {
                        return false;
                    }

                    last = flag != 0;
                    break;
                case (4 << 3) | 2:
                    if (!Varint.TryRead(chunk, ref p, out var length) || length > (ulong)(chunk.Length - p))
                    {
                        return false;
                    }

                    data = chunk.Slice(p, (int)length);
                    p += (int)length;
                    break;
                default:
                    return false;
            }
        }

        return total >= 0;
    }
}
