using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Flow.Actors.Remote.Transport;

/// <summary>
/// One TCP connection (optionally TLS) between two nodes, read and written through pipes. Once the handshake is
/// done, one writer loop and one reader loop own it. <see cref="Close"/> is idempotent and thread-safe.
/// </summary>
internal sealed class Connection
{
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly CancellationTokenSource _closed = new();
    private int _isClosed;

    private Connection(Socket socket, Stream stream, bool isDialer)
    {
        _socket = socket;
        _stream = stream;
        IsDialer = isDialer;
        Input = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024, leaveOpen: true));
        Output = PipeWriter.Create(stream, new StreamPipeWriterOptions(minimumBufferSize: 64 * 1024, leaveOpen: true));
    }

    /// <summary>True when this node dialed the connection.</summary>
    public bool IsDialer { get; }

    public PipeReader Input { get; }

    public PipeWriter Output { get; }

    public CancellationToken Token => _closed.Token;

    public bool IsClosed => Volatile.Read(ref _isClosed) != 0;

    /// <summary>Wraps an accepted or connected socket, running the TLS handshake first when configured.</summary>
    public static async Task<Connection> OpenAsync(Socket socket, bool isDialer, RemoteSettings settings, string targetHost, CancellationToken cancellationToken)
    {
        socket.NoDelay = true;
        socket.SendBufferSize = settings.SendBufferSize;
        socket.ReceiveBufferSize = settings.ReceiveBufferSize;
        Stream stream = new NetworkStream(socket, ownsSocket: true);
        if (settings.Tls is { } tls)
        {
            var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
            RemoteCertificateValidationCallback validate = (_, certificate, chain, errors) =>
                certificate is X509Certificate2 peer && (tls.ValidatePeer?.Invoke(peer, chain, errors) ?? errors == SslPolicyErrors.None);
            try
            {
                if (isDialer)
                {
                    await ssl.AuthenticateAsClientAsync(
                        new SslClientAuthenticationOptions
                        {
                            TargetHost = targetHost,
                            ClientCertificates = [tls.Certificate],
                            LocalCertificateSelectionCallback = (_, _, _, _, _) => tls.Certificate,
                            RemoteCertificateValidationCallback = validate,
                        },
                        cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await ssl.AuthenticateAsServerAsync(
                        new SslServerAuthenticationOptions
                        {
                            ServerCertificate = tls.Certificate,
                            ClientCertificateRequired = true,
                            RemoteCertificateValidationCallback = validate,
                        },
                        cancellationToken).ConfigureAwait(false);
                }
            }
            catch
            {
                await ssl.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            stream = ssl;
        }

        return new Connection(socket, stream, isDialer);
    }

    public void Close()
    {
        if (Interlocked.Exchange(ref _isClosed, 1) != 0)
        {
            return;
        }

        try
        {
            _closed.Cancel();
        }
        catch (AggregateException)
        {
            // A continuation failed while being canceled; the connection is closing anyway.
        }

        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }

        _stream.Dispose();
        _socket.Dispose();
    }
}
