using System.Buffers;
using System.Buffers.Binary;

namespace Flow.Actors.Serialization.Builtin;

/// <summary>Little-endian fixed-width numbers and booleans; raw byte arrays.</summary>
internal sealed class PrimitiveSerializer(int typeId) : IMessageSerializer
{
    public void Write(object message, IBufferWriter<byte> output)
    {
        switch (message)
        {
            case int i:
                BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(4), i);
                output.Advance(4);
                break;
            case long l:
                BinaryPrimitives.WriteInt64LittleEndian(output.GetSpan(8), l);
                output.Advance(8);
                break;
            case double d:
                BinaryPrimitives.WriteDoubleLittleEndian(output.GetSpan(8), d);
                output.Advance(8);
                break;
            case bool b:
                output.GetSpan(1)[0] = b ? (byte)1 : (byte)0;
                output.Advance(1);
                break;
            case byte[] bytes:
                output.Write(bytes);
                break;
        }
    }

    public object Read(ReadOnlySpan<byte> data) => typeId switch
    {
        WireTypeIds.Int32 => BinaryPrimitives.ReadInt32LittleEndian(data),
        WireTypeIds.Int64 => BinaryPrimitives.ReadInt64LittleEndian(data),
        WireTypeIds.Double => BinaryPrimitives.ReadDoubleLittleEndian(data),
        WireTypeIds.Boolean => data.Length == 1 && data[0] <= 1 ? data[0] == 1 : throw new FormatException("A boolean is one byte, 0 or 1."),
        _ => data.ToArray(),
    };
}
