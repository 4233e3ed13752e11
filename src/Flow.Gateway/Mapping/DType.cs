using System.Buffers.Binary;

namespace Flow.Gateway.Mapping;

/// <summary>
/// A numpy dtype string (<c>&lt;f4</c>, <c>float64</c>, <c>&gt;i8</c>, ...) as docarray puts it in DenseNdArrayProto.dtype:
/// the element kind, size and byte order, and how to read one element as a float (Flow's documents hold float32).
/// </summary>
internal readonly record struct DType(char Kind, int Size, bool BigEndian)
{
    /// <summary>The dtype Flow writes: little-endian float32.</summary>
    public static readonly DType Float32 = new('f', 4, false);

    /// <summary>numpy's <c>dtype.str</c> of this type.</summary>
    public string Name => (Size == 1 ? "|" : BigEndian ? ">" : "<") + Kind + Size.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses <paramref name="text"/>; false for a dtype Flow cannot read (complex, strings, objects, ...).</summary>
    public static bool TryParse(string text, out DType dtype)
    {
        dtype = default;
        var s = text.AsSpan().Trim();
        switch (s)
        {
            case "float32" or "float": dtype = new('f', 4, false); return true;
            case "float64" or "double": dtype = new('f', 8, false); return true;
            case "float16" or "half": dtype = new('f', 2, false); return true;
            case "int8": dtype = new('i', 1, false); return true;
            case "int16": dtype = new('i', 2, false); return true;
            case "int32": dtype = new('i', 4, false); return true;
            case "int64" or "int": dtype = new('i', 8, false); return true;
            case "uint8": dtype = new('u', 1, false); return true;
            case "uint16": dtype = new('u', 2, false); return true;
            case "uint32": dtype = new('u', 4, false); return true;
            case "uint64": dtype = new('u', 8, false); return true;
            case "bool": dtype = new('b', 1, false); return true;
        }

        var big = !BitConverter.IsLittleEndian;
        if (s.Length > 0 && s[0] is '<' or '>' or '=' or '|')
        {
            big = s[0] == '>' || (s[0] == '=' && !BitConverter.IsLittleEndian);
            s = s[1..];
        }

        if (s.Length != 2 || s[1] is < '1' or > '8')
        {
            return false;
        }

        var size = s[1] - '0';
        var ok = s[0] switch
        {
            'f' => size is 2 or 4 or 8,
            'i' or 'u' => size is 1 or 2 or 4 or 8,
            'b' => size == 1,
            _ => false,
        };
        if (ok)
        {
            dtype = new DType(s[0], size, big && size > 1);
        }

        return ok;
    }

    /// <summary>Reads element <paramref name="i"/> of <paramref name="buffer"/> as a float.</summary>
    public float Read(ReadOnlySpan<byte> buffer, int i)
    {
        var e = buffer.Slice(i * Size, Size);
        return (Kind, Size, BigEndian) switch
        {
            ('f', 4, false) => BinaryPrimitives.ReadSingleLittleEndian(e),
            ('f', 4, true) => BinaryPrimitives.ReadSingleBigEndian(e),
            ('f', 8, false) => (float)BinaryPrimitives.ReadDoubleLittleEndian(e),
            ('f', 8, true) => (float)BinaryPrimitives.ReadDoubleBigEndian(e),
            ('f', 2, false) => (float)BinaryPrimitives.ReadHalfLittleEndian(e),
            ('f', 2, true) => (float)BinaryPrimitives.ReadHalfBigEndian(e),
            ('i', 1, _) => (sbyte)e[0],
            ('u', 1, _) or ('b', 1, _) => e[0],
            ('i', 2, false) => BinaryPrimitives.ReadInt16LittleEndian(e),
            ('i', 2, true) => BinaryPrimitives.ReadInt16BigEndian(e),
            ('u', 2, false) => BinaryPrimitives.ReadUInt16LittleEndian(e),
            ('u', 2, true) => BinaryPrimitives.ReadUInt16BigEndian(e),
            ('i', 4, false) => BinaryPrimitives.ReadInt32LittleEndian(e),
            ('i', 4, true) => BinaryPrimitives.ReadInt32BigEndian(e),
            ('u', 4, false) => BinaryPrimitives.ReadUInt32LittleEndian(e),
            ('u', 4, true) => BinaryPrimitives.ReadUInt32BigEndian(e),
            ('i', 8, false) => BinaryPrimitives.ReadInt64LittleEndian(e),
            ('i', 8, true) => BinaryPrimitives.ReadInt64BigEndian(e),
            ('u', 8, false) => BinaryPrimitives.ReadUInt64LittleEndian(e),
            _ => BinaryPrimitives.ReadUInt64BigEndian(e),
        };
    }

    /// <summary>Reads element <paramref name="i"/> of an integer buffer as a 64-bit integer (sparse indices); a uint64 above long.MaxValue reads as -1.</summary>
    public long ReadInt64(ReadOnlySpan<byte> buffer, int i)
    {
        var e = buffer.Slice(i * Size, Size);
        ulong raw = Size switch
        {
            1 => e[0],
            2 => BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(e) : BinaryPrimitives.ReadUInt16LittleEndian(e),
            4 => BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(e) : BinaryPrimitives.ReadUInt32LittleEndian(e),
            _ => BigEndian ? BinaryPrimitives.ReadUInt64BigEndian(e) : BinaryPrimitives.ReadUInt64LittleEndian(e),
        };
        if (Kind == 'u')
        {
            return raw > long.MaxValue ? -1 : (long)raw;
        }

        return Size switch
        {
            1 => (sbyte)raw,
            2 => (short)raw,
            4 => (int)raw,
            _ => (long)raw,
        };
    }

    /// <summary>True for integer kinds (what sparse indices must be).</summary>
    public bool IsInteger => Kind is 'i' or 'u';
}
