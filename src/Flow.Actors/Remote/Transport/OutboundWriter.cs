using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Text;
using Flow.Actors.Serialization;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Remote.Transport;

/// <summary>
/// Encodes queued items into one connection's pipe: serializes payloads into a reused scratch buffer, caches the
/// wire bytes of sender paths, and splits envelopes larger than a frame into chunks. Used by one writer loop only.
/// </summary>
internal sealed class OutboundWriter(RemoteTransport transport, PipeWriter output)
{
    private const int SenderCacheSize = 4096;
    private readonly RemoteSettings _settings = transport.Settings;
    private readonly Dictionary<IActorRef, byte[]> _senders = new(ReferenceEqualityComparer.Instance);
    private ArrayBufferWriter<byte> _payload = new(1024);
    private byte[]? _chunked;
    private int _chunkedLength;
    private int _chunkedOffset;
    private ulong _chunkId;

    /// <summary>Bytes written since the last flush.</summary>
    public long Unflushed { get; set; }

    /// <summary>True while a chunked envelope still has chunks to write (<see cref="WriteNextChunk"/>).</summary>
    public bool HasPendingChunks => _chunked is not null;

    public void Write(in OutboundItem item)
    {
        switch (item.Kind)
        {
            case OutboundKind.User:
                WriteEnvelope(FrameKind.UserMessage, item.Recipient!, item.Message!, item.Sender, item.Binding!, 0);
                break;
            case OutboundKind.System:
                WriteEnvelope(FrameKind.SystemMessage, item.Recipient!, item.Message!, item.Sender, item.Binding!, item.Seq);
                break;
            case OutboundKind.Ack:
                WriteControl(FrameKind.SystemAck, 1 << 3, item.Seq);
                break;
            case OutboundKind.Heartbeat:
                WriteHeartbeat();
                break;
        }
    }

    public void WriteNextChunk()
    {
        var piece = Math.Min(_settings.MaximumFrameSize - ChunkAssembler.FrameOverhead, _chunkedLength - _chunkedOffset);
        var last = _chunkedOffset + piece == _chunkedLength;
        var span = output.GetSpan(piece + ChunkAssembler.FrameOverhead);
        var n = ChunkAssembler.WriteFrame(span, _chunkId, _chunkedLength, last, _chunked.AsSpan(_chunkedOffset, piece));
        output.Advance(n);
        Unflushed += n;
        _chunkedOffset += piece;
        if (last)
        {
            ArrayPool<byte>.Shared.Return(_chunked!);
            _chunked = null;
        }
    }

    private void WriteEnvelope(FrameKind kind, RemoteActorRef recipient, object message, IActorRef? sender, TypeBinding binding, ulong seq)
    {
        _payload.ResetWrittenCount();
        try
        {
            binding.Serializer.Write(message, _payload);
        }
        catch (Exception e)
        {
            transport.Log.LogError(e, "Serializing {MessageType} for {Recipient} failed; the message is dropped", message.GetType().FullName, recipient.Path);
            transport.DeadLetter(message, sender, recipient, $"serializing {message.GetType().FullName} failed: {e.Message}");
            return;
        }

        var recipientBytes = recipient.WireBytes;
        var senderBytes = sender is null ? [] : SenderBytes(sender);
        var payload = _payload.WrittenSpan;
        var size = EnvelopeCodec.Size(recipientBytes.Length, senderBytes.Length, binding.TypeId, payload.Length, seq);
        if (size > _settings.MaximumMessageSize)
        {
            var reason = $"{message.GetType().FullName} of {size} bytes exceeds flow.remote.maximum-message-size ({_settings.MaximumMessageSize} bytes)";
            transport.Log.LogError("Message to {Recipient} not sent: {Reason}", recipient.Path, reason);
            transport.DeadLetter(message, sender, recipient, reason);
        }
        else if (size + 1 <= _settings.MaximumFrameSize)
        {
            var span = output.GetSpan(size + 5);
            var n = EnvelopeCodec.WriteFrame(span, kind, recipientBytes, senderBytes, binding.TypeId, payload, seq);
            output.Advance(n);
            Unflushed += n;
        }
        else
        {
            // Too big for one frame: encode the whole inner frame once, then hand it out in chunks.
            var whole = ArrayPool<byte>.Shared.Rent(size + 5);
            EnvelopeCodec.WriteFrame(whole, kind, recipientBytes, senderBytes, binding.TypeId, payload, seq);
            whole.AsSpan(4, size + 1).CopyTo(whole);
            _chunked = whole;
            _chunkedLength = size + 1;
            _chunkedOffset = 0;
            _chunkId++;
        }

        if (_payload.Capacity > 1024 * 1024)
        {
            _payload = new ArrayBufferWriter<byte>(1024);
        }
    }

    private byte[] SenderBytes(IActorRef sender)
    {
        if (sender is RemoteActorRef remote)
        {
            return remote.WireBytes;
        }

        if (!_senders.TryGetValue(sender, out var bytes))
        {
            if (_senders.Count >= SenderCacheSize)
            {
                _senders.Clear();
            }

            bytes = Encoding.UTF8.GetBytes(ActorRefWire.Format(sender.Path));
            _senders[sender] = bytes;
        }

        return bytes;
    }

    private void WriteControl(FrameKind kind, byte tag, ulong value)
    {
        var span = output.GetSpan(16);
        var n = 6 + Varint.Write(span[6..], value);
        span[4] = (byte)kind;
        span[5] = tag;
        BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)(n - 4));
        output.Advance(n);
        Unflushed += n;
    }

    private void WriteHeartbeat()
    {
        var span = output.GetSpan(14);
        BinaryPrimitives.WriteUInt32LittleEndian(span, 10);
        span[4] = (byte)FrameKind.Heartbeat;
        span[5] = (1 << 3) | 1;
        BinaryPrimitives.WriteUInt64LittleEndian(span[6..], transport.Uid);
        output.Advance(14);
        Unflushed += 14;
    }
}
