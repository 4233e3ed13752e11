using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Flow.Bench.FrontDoors;

/// <summary>
/// One keep-alive HTTP/1.1 connection that posts a pre-encoded request and reads the response by its Content-Length, as
/// wrk does: a load generator light enough to leave the cores to the server (HttpClient costs several times more per request).
/// </summary>
internal sealed class RawHttpConnection
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LengthHeader = "Content-Length: "u8.ToArray();
    private readonly Socket _socket;
    private readonly byte[] _request;
    private readonly byte[] _buffer = new byte[64 * 1024];

    private RawHttpConnection(Socket socket, byte[] request)
    {
        _socket = socket;
        _request = request;
    }

    public static async Task<RawHttpConnection> ConnectAsync(string address, string path, byte[] body)
    {
        var colon = address.LastIndexOf(':');
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Parse(address[..colon]), int.Parse(address[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        var head = Encoding.ASCII.GetBytes($"POST {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n");
        return new RawHttpConnection(socket, [.. head, .. body]);
    }

    /// <summary>Sends the request and reads one whole response; throws unless it is a 200.</summary>
    public async Task PostAsync()
    {
        await _socket.SendAsync(_request, SocketFlags.None).ConfigureAwait(false);
        var buffered = 0;
        var total = -1;
        while (total < 0 || buffered < total)
        {
            var n = await _socket.ReceiveAsync(_buffer.AsMemory(buffered), SocketFlags.None).ConfigureAwait(false);
            if (n == 0)
            {
                throw new InvalidOperationException("the server closed the connection");
            }

            buffered += n;
            if (total < 0)
            {
                var span = _buffer.AsSpan(0, buffered);
                var end = span.IndexOf(HeaderEnd);
                if (end < 0)
                {
                    continue;
                }

                if (!span.StartsWith("HTTP/1.1 200"u8))
                {
                    throw new InvalidOperationException("unexpected response: " + Encoding.ASCII.GetString(span[..end]));
                }

                var at = span[..end].IndexOf(LengthHeader) + LengthHeader.Length;
                Utf8Parser.TryParse(span[at..end], out int length, out _);
                total = end + HeaderEnd.Length + length;
            }
        }
    }
}
