using System.Net;
using System.Net.Sockets;

namespace Flow.Cluster.Tests.Support;

/// <summary>Loopback addresses and ports for the nodes (127.0.0.x only).</summary>
internal static class Loopback
{
    /// <summary>A TCP port that was free on <paramref name="host"/> a moment ago.</summary>
    public static int FreePort(string host)
    {
        using var listener = new TcpListener(IPAddress.Parse(host), 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
