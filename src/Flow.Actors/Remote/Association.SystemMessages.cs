using Flow.Actors.Remote.Transport;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Remote;

/// <summary>
/// The reliable channel for system messages: each gets the next sequence number and stays in the resend list until
/// the peer acknowledges it cumulatively; the receiver delivers only the next expected number (duplicates from
/// resends are dropped) and acknowledges every arrival. Numbers restart with each new incarnation of the peer. The
/// resend list is bounded (<see cref="RemoteSettings.SystemMessageBufferSize"/>): a peer that stops acknowledging is
/// quarantined when it overflows, as in Akka, since a dropped system message would leave watches inconsistent.
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
        ulong uid;
        var overflowed = false;
        lock (_gate)
        {
            uid = _uid;
            if (_unacked.Count >= _transport.Settings.SystemMessageBufferSize)
            {
                // Only the first overflowing sender reports it; NodeLost clears the list and the flag.
                overflowed = !_overflowed;
                _overflowed = true;
                seq = 0;
            }
            else
            {
                seq = ++_nextSeq;
                if (_unacked.Count == 0)
                {
                    _lastAckProgress = _transport.Clock.GetTimestamp();
                }

                _unacked.Add(new PendingSystemMessage(seq, recipient, message, binding));
            }
        }

        if (seq == 0)
        {
            if (overflowed)
            {
                OnSystemBufferOverflow(uid);
            }

            return;
        }

        _sawMessages = true;
        _queue.Writer.TryWrite(new OutboundItem(OutboundKind.System, recipient, message, null, binding, seq));
        if (_active is null)
        {
            EnsureConnected();
        }
    }

    private void OnSystemBufferOverflow(ulong uid)
    {
        var size = _transport.Settings.SystemMessageBufferSize;
        _transport.Log.LogError("Quarantining {Peer} (incarnation {Uid}): {Size} system messages are unacknowledged, the bound of flow.remote.system-message-buffer-size; watchers of its actors get Terminated", RemoteAddress, uid, size);
        NodeLost($"system message buffer overflow ({size} unacknowledged, flow.remote.system-message-buffer-size)");
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
