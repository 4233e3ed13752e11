using System.Buffers;
using System.Text;
using Flow.Actors.Serialization;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Remote.Transport;

/// <summary>
/// Handles the frames of one connection after the handshake: decodes envelopes, resolves recipient and sender
/// (cached by their bytes), deserializes through the allow-list, and delivers. Returns false only for input that
/// breaks the protocol (the connection is then closed); an unknown type id or an undeserializable payload is
/// logged and dropped.
/// </summary>
internal sealed class InboundHandler(RemoteTransport transport, Association association)
{
    private readonly ByteKeyCache<IInternalActorRef> _recipients = new(4096);
    private readonly ByteKeyCache<IActorRef> _senders = new(4096);
    private long _unknownTypes;
    private readonly ChunkAssembler _chunks = new(transport.Settings.MaximumMessageSize);

    public bool Handle(FrameKind kind, in ReadOnlySequence<byte> payload)
    {
        if (payload.IsSingleSegment)
        {
            return Handle(kind, payload.FirstSpan);
        }

        var length = (int)payload.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            payload.CopyTo(rented);
            return Handle(kind, rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public void Release() => _chunks.Release();

    private bool Handle(FrameKind kind, ReadOnlySpan<byte> payload)
    {
        switch (kind)
        {
            case FrameKind.UserMessage:
            case FrameKind.SystemMessage:
                return HandleEnvelope(kind, payload);
            case FrameKind.SystemAck:
                var p = 0;
                if (payload.Length == 0 || payload[p++] != 1 << 3 || !Varint.TryRead(payload, ref p, out var seq))
                {
                    return false;
                }

                association.OnAck(seq);
                return true;
            case FrameKind.Heartbeat:
                return true;
            case FrameKind.Chunk:
                if (!_chunks.TryAdd(payload, out var complete))
                {
                    return false;
                }

                if (complete.Array is null)
                {
                    return true;
                }

                try
                {
                    var innerKind = (FrameKind)complete[0];
                    return innerKind is FrameKind.UserMessage or FrameKind.SystemMessage && HandleEnvelope(innerKind, complete.AsSpan(1));
                }
                finally
                {
                    _chunks.Release();
                }

            default:
                return false;
        }
    }

    private bool HandleEnvelope(FrameKind kind, ReadOnlySpan<byte> frame)
    {
        if (!EnvelopeCodec.TryRead(frame, out var envelope))
        {
            return false;
        }

        association.OnMessage();
        if (kind == FrameKind.SystemMessage && !association.OnSystemMessage(envelope.Seq))
        {
            return true;
        }

        if (!transport.Settings.Serialization.TryGetById(envelope.TypeId, out var binding))
        {
            // Logged for the first few and then every 1000th, so that a misconfigured peer cannot flood the log.
            if (++_unknownTypes <= 10 || _unknownTypes % 1000 == 0)
            {
                transport.Log.LogWarning("Dropped a message of unknown type id {TypeId} from {Peer}: the type is not registered on this node ({Count} so far on this connection)", envelope.TypeId, association.RemoteAddress, _unknownTypes);
            }

            return true;
        }

        IInternalActorRef recipient;
        IActorRef? sender;
        object message;
        var previous = ActorRefWire.Enter(transport);
        try
        {
            recipient = Recipient(envelope.Recipient(frame));
            sender = envelope.SenderStart < 0 ? null : Sender(envelope.Sender(frame));
            message = binding.Serializer.Read(envelope.Payload(frame));
        }
        catch (Exception e)
        {
            transport.Log.LogWarning(e, "Dropped a message of type id {TypeId} ({Type}) from {Peer}: it could not be read", envelope.TypeId, binding.Type.Name, association.RemoteAddress);
            return true;
        }
        finally
        {
            ActorRefWire.Exit(previous);
        }

        if (kind == FrameKind.SystemMessage)
        {
            if (message is SystemMessage system)
            {
                if (system is Watch)
                {
                    association.OnWatchedByPeer();
                }

                transport.DeliverSystem(recipient, system);
            }
        }
        else if (message is SystemMessage)
        {
            // The runtime's own protocol never travels as a user message: a peer that does this is broken or hostile.
            transport.Log.LogWarning("Dropped a system message of type id {TypeId} that {Peer} sent as a user message", envelope.TypeId, association.RemoteAddress);
        }
        else if (message is ActorSelectionMessage selection)
        {
            transport.DeliverSelection(selection, sender);
        }
        else
        {
            recipient.Tell(message, sender);
        }

        return true;
    }

    private IInternalActorRef Recipient(ReadOnlySpan<byte> bytes)
    {
        if (_recipients.Get(bytes) is { IsTerminated: false } cached)
        {
            return cached;
        }

        var resolved = transport.ResolveInbound(Encoding.UTF8.GetString(bytes));
        if (resolved is not MissingActorRef)
        {
            _recipients.Set(bytes, resolved);
        }

        return resolved;
    }

    private IActorRef Sender(ReadOnlySpan<byte> bytes)
    {
        if (_senders.Get(bytes) is { } cached)
        {
            return cached;
        }

        var resolved = transport.ResolveInbound(Encoding.UTF8.GetString(bytes));
        _senders.Set(bytes, resolved);
        return resolved;
    }
}
