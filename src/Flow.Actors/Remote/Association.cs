using System.Threading.Channels;
using Flow.Actors.Remote.FailureDetection;
using Flow.Actors.Remote.Transport;
using Flow.Actors.Serialization;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Remote;

/// <summary>
/// Everything this node knows about one peer address: the outbound queue (one writer, so messages from one sender to
/// one recipient stay in order), the active connection (one per node pair), the peer's incarnation, the reliable
/// system-message channel (sequence numbers, acks, resend), and the failure detector. Lives as long as the transport.
/// </summary>
internal sealed partial class Association
{
    private readonly RemoteTransport _transport;
    private readonly Channel<OutboundItem> _queue = Channel.CreateUnbounded<OutboundItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly object _gate = new();
    private readonly PhiAccrualFailureDetector _detector;
    private readonly List<PendingSystemMessage> _unacked = [];
    private volatile Connection? _active;
    private bool _connecting;
    private ulong _uid;
    private Task _writer = Task.CompletedTask;
    private int _queued;
    private ulong _nextSeq;
    private ulong _lastDelivered;
    private long _lastAckProgress;
    private string? _lastFailure;
    private volatile bool _sawTraffic;
    private volatile bool _sawMessages;
    private long _lastMessageAt;
    private bool _watchedByPeer;
    private bool _overflowed;
    private long _flushes;
    private long _itemsWritten;

    public Association(RemoteTransport transport, Address remoteAddress)
    {
        _transport = transport;
        RemoteAddress = remoteAddress;
        var s = transport.Settings;
        _detector = new PhiAccrualFailureDetector(s.FailureDetectorThreshold, s.MaxSampleSize, s.MinStdDeviation, s.AcceptableHeartbeatPause, s.HeartbeatInterval, transport.Clock);
    }

    public Address RemoteAddress { get; }

    /// <summary>The peer's incarnation, 0 until a handshake completed.</summary>
    public ulong RemoteUid
    {
        get
        {
            lock (_gate)
            {
                return _uid;
            }
        }
    }

    public bool IsConnected => _active is not null;

    /// <summary>How many times the writer flushed to the socket (diagnostics: batching makes it far fewer than items).</summary>
    public long Flushes => Interlocked.Read(ref _flushes);

    /// <summary>How many queued items (messages and control frames) the writer has encoded.</summary>
    public long ItemsWritten => Interlocked.Read(ref _itemsWritten);

    private bool LocalWins => string.CompareOrdinal(_transport.Address.ToString(), RemoteAddress.ToString()) < 0;

    /// <summary>Queues a user message (at most once, in order). Any thread.</summary>
    public void SendUser(RemoteActorRef recipient, object message, IActorRef? sender, TypeBinding binding)
    {
        if (_transport.IsStopped)
        {
            _transport.DeadLetter(message, sender, recipient, "remoting has stopped");
            return;
        }

        if (Interlocked.Increment(ref _queued) > _transport.Settings.OutboundQueueSize)
        {
            Interlocked.Decrement(ref _queued);
            _transport.DeadLetter(message, sender, recipient, $"the outbound queue to {RemoteAddress} is full ({_transport.Settings.OutboundQueueSize} messages)");
            return;
        }

        _sawMessages = true;
        _queue.Writer.TryWrite(new OutboundItem(OutboundKind.User, recipient, message, sender, binding, 0));
        if (_active is null)
        {
            EnsureConnected();
        }
    }

    /// <summary>
    /// Any frame from the peer is a sign of life (so a long chunked transfer, which delays the peer's heartbeat frames,
    /// does not look like silence); the detector samples it once per tick.
    /// </summary>
    public void OnTraffic() => _sawTraffic = true;

    /// <summary>Dials the peer unless a connection exists or is being made. Any thread.</summary>
    public void EnsureConnected()
    {
        lock (_gate)
        {
            if (_active is not null || _connecting || _transport.IsStopped)
            {
                return;
            }

            _connecting = true;
            if (!_detector.IsMonitoring)
            {
                // Judge an unreachable peer by the same bound as a silent one.
                _detector.Heartbeat();
            }
        }

        _ = Task.Run(DialAsync);
    }

    /// <summary>
    /// Whether to accept a connection the peer (incarnation <paramref name="uid"/>) dialed. When both dial at once, the connection dialed by the node with
    /// the smaller address wins on both sides, so exactly one survives.
    /// </summary>
    public bool ShouldAcceptInbound(ulong uid)
    {
        lock (_gate)
        {
            // A new incarnation's connection always wins: whatever we hold belongs to the old one.
            return (_uid != 0 && uid != _uid) || !(LocalWins && (_connecting || _active is { IsDialer: true }));
        }
    }

    /// <summary>Makes a handshaken connection the active one (or drops it if a preferred one exists) and starts its loops.</summary>
    public bool Attach(Connection connection, ulong uid)
    {
        Connection? old;
        ulong lostUid = 0;
        lock (_gate)
        {
            if (connection.IsDialer)
            {
                _connecting = false;
            }

            if (_active is { } current && current != connection && IsPreferred(current) && !IsPreferred(connection))
            {
                connection.Close();
                return false;
            }

            if (_uid != 0 && _uid != uid)
            {
                lostUid = _uid;
                ResetIncarnationState();
            }

            old = _active;
            _active = connection;
            _uid = uid;
            _lastFailure = null;
            _detector.Reset();
            _detector.Heartbeat();
            _lastMessageAt = _transport.Clock.GetTimestamp();
            // Started on the pool, not inline: the loop must not run (and drain the queue) under this lock.
            var previous = _writer;
            _writer = Task.Run(() => WriteLoopAsync(connection, previous));
        }

        old?.Close();
        if (lostUid != 0)
        {
            _transport.Log.LogWarning("{Peer} restarted (incarnation {Old} replaced by {New}); watchers of the old incarnation's actors get Terminated", RemoteAddress, lostUid, uid);
            _transport.Quarantine(RemoteAddress, lostUid);
            _transport.Watcher.AddressTerminated(RemoteAddress);
        }

        _transport.Log.LogDebug("Associated with {Peer} (incarnation {Uid}, {Direction})", RemoteAddress, uid, connection.IsDialer ? "outbound" : "inbound");
        _ = Task.Run(() => ReadLoopAsync(connection));
        return true;
    }

    /// <summary>Runs every heartbeat interval: heartbeats, failure detection, resends, reconnects.</summary>
    public void Tick()
    {
        var lost = false;
        var reconnect = false;
        var idleSilent = false;
        var unused = false;
        List<PendingSystemMessage>? resend = null;
        var connection = _active;
        ulong suspectedUid;
        lock (_gate)
        {
            suspectedUid = _uid;
            if (_sawTraffic && connection is not null)
            {
                _sawTraffic = false;
                _detector.Heartbeat();
            }

            if (_sawMessages)
            {
                _sawMessages = false;
                _lastMessageAt = _transport.Clock.GetTimestamp();
            }

            if (_detector.IsMonitoring && !_detector.IsAvailable)
            {
                // Quarantine only a peer something depends on (watches, queued or unacknowledged messages): an idle,
                // unwatched peer that falls silent (a long GC pause, say) is disconnected but may come back as it is.
                if (_queued > 0 || _unacked.Count > 0 || _transport.Watcher.HasWatches(RemoteAddress))
                {
                    lost = true;
                }
                else
                {
                    _detector.Reset();
                    idleSilent = true;
                }
            }
            else if (connection is not null && _unacked.Count > 0
                && _transport.Clock.GetElapsedTime(_lastAckProgress) >= _transport.Settings.SystemMessageResendInterval)
            {
                resend = [.. _unacked];
                _lastAckProgress = _transport.Clock.GetTimestamp();
            }
            else if (connection is not null && IsUnused())
            {
                // Cleared here, under the lock, so a message sent from now on dials again instead of using the closing connection.
                _active = null;
                _detector.Reset();
                unused = true;
            }
            else if (connection is null && !_connecting && (_queued > 0 || _unacked.Count > 0 || _transport.Watcher.HasWatches(RemoteAddress)))
            {
                reconnect = true;
            }
        }

        if (lost)
        {
            NodeLost(_lastFailure ?? "no heartbeat within the failure detector's bound", suspectedUid);
            return;
        }

        if (idleSilent)
        {
            _transport.Log.LogInformation("{Peer} is silent beyond the failure detector's bound; nothing here depends on it, so it is disconnected, not quarantined", RemoteAddress);
            connection?.Close();
            return;
        }

        if (unused)
        {
            _transport.Log.LogInformation("Closed the idle association with {Peer}: no messages for {Timeout} and nothing depends on it (a later message associates again)", RemoteAddress, _transport.Settings.IdleAssociationTimeout);
            connection!.Close();
            return;
        }

        if (connection is not null)
        {
            _queue.Writer.TryWrite(new OutboundItem(OutboundKind.Heartbeat, null, null, null, null, 0));
        }

        if (resend is not null)
        {
            foreach (var p in resend)
            {
                _queue.Writer.TryWrite(new OutboundItem(OutboundKind.System, p.Recipient, p.Message, null, p.Binding, p.Seq));
            }
        }

        if (reconnect)
        {
            EnsureConnected();
        }
    }

    /// <summary>
    /// The peer's incarnation is gone: quarantine it, drop what was queued for it, and tell every watcher of its
    /// actors <see cref="Terminated"/> with <c>AddressTerminated</c>. A new incarnation is accepted again later.
    /// </summary>
    public void NodeLost(string reason) => NodeLost(reason, null);

    /// <summary>
    /// With <paramref name="suspectedUid"/> (from the detector), only if that incarnation is still the current one and
    /// still unavailable: a new incarnation may have attached since the tick looked.
    /// </summary>
    private void NodeLost(string reason, ulong? suspectedUid)
    {
        Connection? connection;
        ulong uid;
        lock (_gate)
        {
            if (suspectedUid is { } suspected && (suspected != _uid || !_detector.IsMonitoring || _detector.IsAvailable))
            {
                return;
            }

            uid = _uid;
            connection = _active;
            _active = null;
            _uid = 0;
            _detector.Reset();
            ResetIncarnationState();
            var previous = _writer;
            _writer = Task.Run(() => DrainAsync(previous, reason));
        }

        connection?.Close();
        if (uid != 0)
        {
            _transport.Quarantine(RemoteAddress, uid);
        }

        _transport.Log.LogWarning("Lost {Peer} (incarnation {Uid}): {Reason}; watchers of its actors get Terminated", RemoteAddress, uid, reason);
        _transport.Watcher.AddressTerminated(RemoteAddress);
    }

    public void Stop() => _active?.Close();

    /// <summary>True when nothing waits to go to the peer: no queued user messages and every system message acknowledged (or no connection to wait for).</summary>
    public bool IsDrained
    {
        get
        {
            lock (_gate)
            {
                return _active is null || (_queued == 0 && _unacked.Count == 0);
            }
        }
    }

    private bool IsPreferred(Connection connection) => connection.IsDialer == LocalWins;

    private void ResetIncarnationState()
    {
        _unacked.Clear();
        _watchedByPeer = false;
        _overflowed = false;
        _nextSeq = 0;
        _lastDelivered = 0;
    }
}
