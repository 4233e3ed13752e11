using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Flow.Actors.Routing;

/// <summary>
/// MurmurHash3 (x86, 32-bit, seed 0) of keys by value: strings as UTF-8, integers little-endian. The same key hashes
/// the same in every process and on every run, unlike <see cref="string.GetHashCode()"/>. Allocation-free for strings,
/// byte arrays, integers and Guids.
/// </summary>
internal static class StableHash
{
    private const int StackLimit = 512;

    public static int OfKey(object key)
    {
        Span<byte> buffer = stackalloc byte[16];
        switch (key)
        {
            case string s:
                return OfString(s);
            case byte[] bytes:
                return Murmur3(bytes);
            case int i:
                BinaryPrimitives.WriteInt32LittleEndian(buffer, i);
                return Murmur3(buffer[..4]);
            case long l:
                BinaryPrimitives.WriteInt64LittleEndian(buffer, l);
                return Murmur3(buffer[..8]);
            case Guid g:
                g.TryWriteBytes(buffer);
                return Murmur3(buffer);
            default:
                return OfString(key.ToString() ?? string.Empty);
        }
    }

    public static int OfString(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max <= StackLimit)
        {
            Span<byte> buffer = stackalloc byte[StackLimit];
            var n = Encoding.UTF8.GetBytes(text, buffer);
            return Murmur3(buffer[..n]);
        }

        var rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var n = Encoding.UTF8.GetBytes(text, rented);
            return Murmur3(rented.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static int Murmur3(ReadOnlySpan<byte> data)
    {
        const uint c1 = 0xcc9e2d51;
        const uint c2 = 0x1b873593;
        uint h = 0;
        var blocks = data.Length / 4;
        for (var i = 0; i < blocks; i++)
        {
            var k = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(i * 4, 4));
            k *= c1;
            k = BitOperations.RotateLeft(k, 15);
            k *= c2;
            h ^= k;
            h = BitOperations.RotateLeft(h, 13);
            h = (h * 5) + 0xe6546b64;
        }

        var tail = data[(blocks * 4)..];
        uint t = 0;
        switch (tail.Length)
        {
            case 3:
                t ^= (uint)tail[2] << 16;
                goto case 2;
            case 2:
                t ^= (uint)tail[1] << 8;
                goto case 1;
            case 1:
                t ^= tail[0];
                t *= c1;
                t = BitOperations.RotateLeft(t, 15);
                t *= c2;
                h ^= t;
                break;
        }

        h ^= (uint)data.Length;
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return unchecked((int)h);
    }
}
