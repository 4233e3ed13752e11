using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flow.Core.Runs;
using Google.Protobuf;

namespace Flow.Actors.Serialization.Codecs;

/// <summary>
/// JSON objects (parameters, <c>uses_with</c>) to and from UTF-8 JSON text on the wire: exact (a number keeps its
/// text), where google.protobuf.Struct would make every number a double. Writes through one reused buffer per thread.
/// </summary>
internal static class JsonCodec
{
    /// <summary>A per-thread buffer larger than this is dropped after use rather than kept.</summary>
    private const int KeptBufferBytes = 64 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The JSON text of <paramref name="obj"/>.</summary>
    public static ByteString ToBytes(JsonObject obj)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        try
        {
            obj.WriteTo(writer);
            writer.Flush();
            return ByteString.CopyFrom(buffer.WrittenSpan);
        }
        finally
        {
            writer.Reset(buffer);
            if (buffer.Capacity > KeptBufferBytes)
            {
                t_buffer = null;
                t_writer = null;
            }
            else
            {
                buffer.ResetWrittenCount();
            }
        }
    }

    /// <summary>The object written by <see cref="ToBytes"/>, fully built (safe for concurrent readers).</summary>
    /// <exception cref="JsonException">The bytes are not a JSON object.</exception>
    public static JsonObject FromBytes(ByteString bytes)
    {
        if (JsonNode.Parse(bytes.Span) is not JsonObject obj)
        {
            throw new JsonException("The JSON text is not an object.");
        }

        // JsonNode builds children lazily on first read, which is not safe for concurrent readers (replicas share
        // parameters).
        JsonFreeze.Touch(obj);
        return obj;
    }
}
