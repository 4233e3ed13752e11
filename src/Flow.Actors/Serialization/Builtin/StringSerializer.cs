using System.Buffers;
using System.Text;

namespace Flow.Actors.Serialization.Builtin;

/// <summary>UTF-8 text.</summary>
internal sealed class StringSerializer : IMessageSerializer
{
    public void Write(object message, IBufferWriter<byte> output)
    {
        var text = (string)message;
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    public object Read(ReadOnlySpan<byte> data) => Encoding.UTF8.GetString(data);
}
