using System.Buffers;
using System.Buffers.Binary;
using Google.Protobuf;

namespace Flow.Actors.Remote.Transport;

/// <summary>Writes and reads the handshake frames, before the connection's loops start.</summary>
internal static class HandshakeIO
{
    public static async Task WriteAsync(Connection connection, FrameKind kind, IMessage message, CancellationToken cancellationToken)
    {
        var size = message.CalculateSize();
        var span = connection.Output.GetSpan(size + 5);
        BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)(size + 1));
        span[4] = (byte)kind;
        message.WriteTo(span.Slice(5, size));
        connection.Output.Advance(size + 5);
        await connection.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one frame of the expected kind; null on end of stream, garbage or another kind.</summary>
    public static async Task<byte[]?> ReadAsync(Connection connection, FrameKind expected, int maximumFrameSize, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await connection.Input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var status = FrameDecoder.TryRead(ref buffer, maximumFrameSize, out var kind, out var payload);
            if (status == FrameResult.Frame)
            {
                var bytes = payload.ToArray();
                connection.Input.AdvanceTo(buffer.Start);
                return kind == expected ? bytes : null;
            }

            connection.Input.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            if (status == FrameResult.Invalid || result.IsCompleted)
            {
                return null;
            }
        }
    }
}
