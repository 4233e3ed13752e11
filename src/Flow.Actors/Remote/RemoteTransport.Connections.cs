using System.Net;
using System.Net.Sockets;
using Flow.Actors.Remote.Transport;
using Flow.Actors.Remote.Wire;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Remote;

internal sealed partial class RemoteTransport
{
    /// <summary>Opens a TCP (and TLS) connection to a peer; the caller runs the handshake.</summary>
    public async Task<Connection> ConnectAsync(Address address, CancellationToken cancellationToken)
    {
        var host = address.Host!;
        var ip = IPAddress.TryParse(host, out var parsed) ? parsed : (await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false))[0];
        var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(ip, address.Port!.Value), cancellationToken).ConfigureAwait(false);
            return await Connection.OpenAsync(socket, isDialer: true, Settings, host, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!IsStopped)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (IsStopped)
                {
                    break;
                }

                continue;
            }

            if (!_handshakes.TryEnter())
            {
                RefuseOverLimit(socket);
                continue;
            }

            _ = Task.Run(() => AcceptAsync(socket));
        }
    }

    /// <summary>Closes a connection at once: too many inbound handshakes are pending (a flood, or a storm of peers).</summary>
    private void RefuseOverLimit(Socket socket)
    {
        var remote = socket.RemoteEndPoint?.ToString() ?? "unknown";
        socket.Dispose();
        if (_handshakes.ShouldLog(out var refused))
        {
            Log.LogWarning("Closed a connection from {Endpoint} at once: {Maximum} inbound handshakes are pending (flow.remote.maximum-pending-handshakes); {Refused} refused since the last such warning", remote, Settings.MaximumPendingHandshakes, refused);
        }
    }

    private async Task AcceptAsync(Socket socket)
    {
        var remote = socket.RemoteEndPoint?.ToString() ?? "unknown";
        Connection? connection = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            timeout.CancelAfter(Settings.ConnectionTimeout);
            connection = await Connection.OpenAsync(socket, isDialer: false, Settings, Address.Host!, timeout.Token).ConfigureAwait(false);
            var bytes = await HandshakeIO.ReadAsync(connection, FrameKind.Handshake, Settings.MaximumFrameSize, timeout.Token).ConfigureAwait(false);
            if (bytes is null)
            {
                Log.LogWarning("Closed a connection from {Endpoint}: it did not start with a handshake", remote);
                connection.Close();
                return;
            }

            var handshake = Handshake.Parser.ParseFrom(bytes);
            if (!CookieMatches(Settings.Cookie, handshake.Cookie.Span))
            {
                Log.LogWarning("Refused a connection from {Endpoint} claiming to be {Address}: wrong cookie", remote, handshake.FromAddress);
                await RefuseAsync(connection, HandshakeReasons.WrongCookie, timeout.Token).ConfigureAwait(false);
                return;
            }

            if (!Actors.Address.TryParse(handshake.FromAddress, out var from, out var rest) || rest.Length != 0 || !from.HasGlobalScope
                || handshake.ToAddress != Address.ToString() || handshake.FromUid == 0)
            {
                Log.LogWarning("Refused a connection from {Endpoint}: handshake from '{From}' to '{To}' is not for {Address}", remote, handshake.FromAddress, handshake.ToAddress, Address);
                await RefuseAsync(connection, HandshakeReasons.WrongAddress, timeout.Token).ConfigureAwait(false);
                return;
            }

            if (IsQuarantined(from, handshake.FromUid))
            {
                Log.LogWarning("Refused {Address} (incarnation {Uid}): it is quarantined", from, handshake.FromUid);
                await RefuseAsync(connection, HandshakeReasons.Quarantined, timeout.Token).ConfigureAwait(false);
                return;
            }

            var association = GetAssociation(from);
            if (!association.ShouldAcceptInbound(handshake.FromUid))
            {
                await RefuseAsync(connection, HandshakeReasons.Simultaneous, timeout.Token).ConfigureAwait(false);
                return;
            }

            var ack = new HandshakeAck { Accepted = true, Address = Address.ToString(), Uid = Uid };
            await HandshakeIO.WriteAsync(connection, FrameKind.HandshakeAck, ack, timeout.Token).ConfigureAwait(false);
            association.Attach(connection, handshake.FromUid);
        }
        catch (Exception e)
        {
            Log.LogWarning("Closed a connection from {Endpoint} during the handshake: {Reason}", remote, e.Message);
            connection?.Close();
            socket.Dispose();
        }
        finally
        {
            _handshakes.Exit();
        }
    }

    private async Task RefuseAsync(Connection connection, string reason, CancellationToken cancellationToken)
    {
        try
        {
            var ack = new HandshakeAck { Accepted = false, Address = Address.ToString(), Uid = Uid, Reason = reason };
            await HandshakeIO.WriteAsync(connection, FrameKind.HandshakeAck, ack, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            connection.Close();
        }
    }
}
