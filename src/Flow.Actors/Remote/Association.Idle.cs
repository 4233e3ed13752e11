namespace Flow.Actors.Remote;

/// <summary>
/// Idle associations: the tick closes the connection of one that has carried no user or system message either way
/// for <see cref="RemoteSettings.IdleAssociationTimeout"/> and that nothing depends on (no queued or unacknowledged
/// message, no watch either way). No quarantine: the next message dials again.
/// </summary>
internal sealed partial class Association
{
    /// <summary>A user or system message arrived from the peer (heartbeats and acks do not count): the association is in use.</summary>
    public void OnMessage() => _sawMessages = true;

    /// <summary>
    /// The peer watches an actor of this node: keep the association (its death notification must reach the peer, and
    /// the peer's failure detector needs our heartbeats) until the peer's incarnation changes.
    /// </summary>
    public void OnWatchedByPeer()
    {
        lock (_gate)
        {
            _watchedByPeer = true;
        }
    }

    /// <summary>
    /// Under the lock: no message either way for <see cref="RemoteSettings.IdleAssociationTimeout"/>, nothing queued or
    /// unacknowledged, and no watch in either direction.
    /// </summary>
    private bool IsUnused() =>
        _transport.Settings.IdleAssociationTimeout is { } timeout
        && _queued == 0 && _unacked.Count == 0 && !_watchedByPeer
        && _transport.Clock.GetElapsedTime(_lastMessageAt) >= timeout
        && !_transport.Watcher.HasWatches(RemoteAddress);
}
