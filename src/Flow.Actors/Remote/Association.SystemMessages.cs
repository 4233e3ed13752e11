using Flow.Actors.Remote.Transport;

namespace Flow.Actors.Remote;

/// <summary>
/// The reliable channel for system messages: each gets the next sequence number and stays in the resend list until
/// the peer acknowledges it cumulatively; the receiver delivers only the next expected number (duplicates from
/// resends are dropped) and acknowledges every arrival. Numbers restart with each new incarnation of the peer.
/// </summary>
internal sealed partial class Association
{
    /// <summary>Queues a system message with the next sequence number; kept until acknowledged. Any thread.</summary>
    public void SendSystem(RemoteActorRef recipient, SystemMessage message)
    {
        if (!_transport.Settings.Serialization.TryGetByType(message.GetType(), out var binding))
        {
            return;
        }

        ulong seq;
        lock (_gate)
        {
            seq = ++_nextSeq;
            if (_unacked.Count == 0)
            {
                _lastAckProgress = _transport.Clock.GetTimestamp();
            }

            _unacked.Add(new PendingSystemMessage(seq, recipient, message, binding));
        }

        _sawMessages = true;
        _queue.Writer.TryWrite(new OutboundItem(OutboundKind.System, recipient, message, null, binding, seq));
        if (_active is null)
        {
            EnsureConnected();
        }
    }

    /// <summary>Whether an inbound system message is the next in sequence (deliver it); acks in every case.</summary>
    public bool OnSystemMessage(ulong seq)
    {
        bool deliver;
        ulong ack;
        lock (_gate)
        {
            deliver = seq == _lastDelivered + 1;
            if (deliver)
            {
                _lastDelivered = seq;
            }

            ack = _lastDelivered;
        }

        _queue.Writer.TryWrite(new OutboundItem(OutboundKind.Ack, null, null, null, null, ack));
        return deliver;
    }

    public void OnAck(ulong seq)
    {
        lock (_gate)
        {
            if (_unacked.RemoveAll(p => p.Seq <= seq) > 0)
            {
                _lastAckProgress = _transport.Clock.GetTimestamp();
            }
        }
    }
}
