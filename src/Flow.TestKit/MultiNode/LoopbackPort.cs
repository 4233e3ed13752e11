using System.Net;
using System.Net.Sockets;

namespace Flow.TestKit.MultiNode;

/// <summary>A free TCP port on a loopback address, fixed for a node's life so that it can restart at the same address.</summary>
internal static class LoopbackPort
{
    /// <summary>A port that was free on <paramref name="host"/> a moment ago (each node has its own address, so another node cannot take it).</summary>
    public static int Free(string host)
    {
        using var listener = new TcpListener(IPAddress.Parse(host), 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
