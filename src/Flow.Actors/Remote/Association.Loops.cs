using Flow.Actors.Remote.Transport;
using Flow.Actors.Remote.Wire;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Remote;

internal sealed partial class Association
{
    private async Task DialAsync()
    {
        Connection? connection = null;
        try
        {
            using var timeout = new CancellationTokenSource(_transport.Settings.ConnectionTimeout);
            connection = await _transport.ConnectAsync(RemoteAddress, timeout.Token).ConfigureAwait(false);
            var handshake = new Handshake
            {
                FromAddress = _transport.Address.ToString(),
                FromUid = _transport.Uid,
                ToAddress = RemoteAddress.ToString(),
                Cookie = ByteString.CopyFromUtf8(_transport.Settings.Cookie ?? string.Empty),
            };
            await HandshakeIO.WriteAsync(connection, FrameKind.Handshake, handshake, timeout.Token).ConfigureAwait(false);
            var bytes = await HandshakeIO.ReadAsync(connection, FrameKind.HandshakeAck, _transport.Settings.MaximumFrameSize, timeout.Token).ConfigureAwait(false)
                ?? throw new IOException("the peer closed the connection during the handshake");
            var ack = HandshakeAck.Parser.ParseFrom(bytes);
            if (!ack.Accepted)
            {
                connection.Close();
                OnDialRefused(ack.Reason);
                return;
            }

            if (_transport.IsQuarantined(RemoteAddress, ack.Uid))
            {
                connection.Close();
                DialFailed($"incarnation {ack.Uid} of {RemoteAddress} is quarantined");
                return;
            }

            Attach(connection, ack.Uid);
        }
        catch (Exception e)
        {
            connection?.Close();
            DialFailed($"connecting to {RemoteAddress} failed: {e.Message}");
        }
    }

    private void OnDialRefused(string reason)
    {
        if (reason == HandshakeReasons.Simultaneous)
        {
            // The peer keeps the connection it dialed; it arrives (or arrived) as an inbound one.
            DialFailed(null);
            return;
        }

        _transport.Log.LogError("{Peer} refused the handshake: {Reason}", RemoteAddress, reason);
        DialFailed($"{RemoteAddress} refused the handshake: {reason}");
        if (reason == HandshakeReasons.Quarantined)
        {
            NodeLost($"{RemoteAddress} quarantined this node");
        }
    }

    private void DialFailed(string? reason)
    {
        lock (_gate)
        {
            _connecting = false;
            _lastFailure = reason ?? _lastFailure;
        }

        if (reason is not null)
        {
            _transport.Log.LogDebug("Dial failed: {Reason}", reason);
        }
    }

    private async Task WriteLoopAsync(Connection connection, Task previous)
    {
        // One writer at a time: the previous connection's loop ends once that connection is closed.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var writer = new OutboundWriter(_transport, connection.Output);
        var batching = _transport.Settings.Batching;
        var batchBytes = _transport.Settings.BatchMaxBytes;
        var reader = _queue.Reader;
        try
        {
            PendingSystemMessage[] resend;
            lock (_gate)
            {
                resend = [.. _unacked];
            }

            foreach (var p in resend)
            {
                writer.Write(new OutboundItem(OutboundKind.System, p.Recipient, p.Message, null, p.Binding, p.Seq));
            }

            while (!connection.IsClosed)
            {
                while (reader.TryRead(out var item))
                {
                    if (item.Kind == OutboundKind.User)
                    {
                        Interlocked.Decrement(ref _queued);
                    }

                    writer.Write(item);
                    Interlocked.Increment(ref _itemsWritten);
                    while (writer.HasPendingChunks)
                    {
                        writer.WriteNextChunk();
                        await FlushAsync(connection, writer).ConfigureAwait(false);
                    }

                    if (!batching || writer.Unflushed >= batchBytes)
                    {
                        await FlushAsync(connection, writer).ConfigureAwait(false);
                    }
                }

                // The queue is empty: flush now, so that a lone message waits for nothing.
                if (writer.Unflushed > 0)
                {
                    await FlushAsync(connection, writer).ConfigureAwait(false);
                }

                if (!await reader.WaitToReadAsync(connection.Token).ConfigureAwait(false))
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            _transport.Log.LogDebug("Writing to {Peer} stopped: {Reason}", RemoteAddress, e.Message);
        }
        finally
        {
            OnConnectionClosed(connection);
        }
    }

    private async ValueTask FlushAsync(Connection connection, OutboundWriter writer)
    {
        Interlocked.Increment(ref _flushes);
        var result = await connection.Output.FlushAsync(connection.Token).ConfigureAwait(false);
        writer.Unflushed = 0;
        if (result.IsCompleted || result.IsCanceled)
        {
            throw new IOException("the connection is closed");
        }
    }

    private async Task ReadLoopAsync(Connection connection)
    {
        var handler = new InboundHandler(_transport, this);
        var maximumFrameSize = _transport.Settings.MaximumFrameSize;
        var input = connection.Input;
        try
        {
            while (true)
            {
                var result = await input.ReadAsync(connection.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                OnTraffic();
                while (true)
                {
                    var status = FrameDecoder.TryRead(ref buffer, maximumFrameSize, out var kind, out var payload);
                    if (status == FrameResult.NeedMore)
                    {
                        break;
                    }

                    if (status == FrameResult.Invalid || !handler.Handle(kind, payload))
                    {
                        _transport.Log.LogWarning("Closing the connection with {Peer}: it sent a malformed frame", RemoteAddress);
                        return;
                    }
                }

                input.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            _transport.Log.LogDebug("Reading from {Peer} stopped: {Reason}", RemoteAddress, e.Message);
        }
        finally
        {
            handler.Release();
            OnConnectionClosed(connection);
        }
    }

    private void OnConnectionClosed(Connection connection)
    {
        connection.Close();
        lock (_gate)
        {
            if (_active == connection)
            {
                _active = null;
                if (!_sawMessages && _transport.Settings.IdleAssociationTimeout is { } idle
                    && _transport.Clock.GetElapsedTime(_lastMessageAt) >= idle / 2
                    && _queued == 0 && _unacked.Count == 0 && !_transport.Watcher.HasWatches(RemoteAddress))
                {
                    // Idle here too, so most likely the peer closed the idle association (its view lags or leads ours by
                    // a tick): stop judging its silence; a later message dials again and restarts the detector.
                    _detector.Reset();
                }
            }
        }
    }

    private async Task DrainAsync(Task previous, string reason)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (_queue.Reader.TryRead(out var item))
        {
            if (item.Kind == OutboundKind.User)
            {
                Interlocked.Decrement(ref _queued);
                _transport.DeadLetter(item.Message!, item.Sender, item.Recipient!, $"{RemoteAddress} is lost: {reason}");
            }
        }
    }
}
