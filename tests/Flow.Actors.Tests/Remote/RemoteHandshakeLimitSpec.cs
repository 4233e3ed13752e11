using System.Net;
using System.Net.Sockets;
using Flow.Actors.Remote;
using Flow.Actors.TestKit;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Tests.Remote;

public sealed class RemoteHandshakeLimitSpec
{
    private const int Maximum = 4;
    private const int Extra = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Handshakes_FloodBeyondMaximum_ExtrasClosedAtOnceAndRealNodeAssociatesAfterTimeout()
    {
        var logB = new CapturingLoggerFactory();
        await using var a = ActorSystem.Create("a", new ActorSystemSetup
        {
            Settings = ActorSystemSettings.Default with { Remote = RemoteNodes.Settings("127.0.0.4") },
        });
        await using var b = ActorSystem.Create("b", new ActorSystemSetup
        {
            Settings = ActorSystemSettings.Default with
            {
                Remote = RemoteNodes.Settings("127.0.0.5", s => s with { MaximumPendingHandshakes = Maximum, ConnectionTimeout = TimeSpan.FromSeconds(1) }),
            },
            LoggerFactory = logB,
        });
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var transportB = RemoteNodes.Transport(b);
        var endpoint = new IPEndPoint(IPAddress.Parse("127.0.0.5"), b.Address.Port!.Value);
        var flood = new List<Socket>();
        try
        {
            for (var i = 0; i < Maximum; i++)
            {
                flood.Add(await ConnectAsync(endpoint));
            }

            await TestKit.TestKit.AwaitConditionAsync(() => transportB.PendingHandshakes == Maximum, Timeout);

            var extras = new List<Socket>();
            for (var i = 0; i < Extra; i++)
            {
                var extra = await ConnectAsync(endpoint);
                extras.Add(extra);
                flood.Add(extra);
                Assert.True(await IsClosedByPeerAsync(extra, Timeout), "a connection beyond the maximum stays open");
            }

            Assert.Equal(Maximum, transportB.PendingHandshakes);
            var extraEndpoints = extras.ConvertAll(s => s.LocalEndPoint!.ToString()!);
            Assert.Contains(logB.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("maximum-pending-handshakes", StringComparison.Ordinal)
                && extraEndpoints.Exists(e => l.Text.Contains(e, StringComparison.Ordinal)));

            // The flood's handshakes time out (connection-timeout), freeing their slots.
            await TestKit.TestKit.AwaitConditionAsync(() => transportB.PendingHandshakes == 0, Timeout);
            foreach (var socket in flood)
            {
                Assert.True(await IsClosedByPeerAsync(socket, Timeout), "a connection that never handshook stays open");
            }

            var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
            Assert.Equal("after the flood", await echo.Ask<string>("after the flood", Timeout));

            a.ActorOf(Props.Create<RemoteEcho>(), "echo");
            var back = await b.ActorSelection($"{a.Address}/user/echo").ResolveOne(Timeout);
            Assert.Equal("healthy", await back.Ask<string>("healthy", Timeout));
            Assert.Equal(0, transportB.PendingHandshakes);
        }
        finally
        {
            foreach (var socket in flood)
            {
                socket.Dispose();
            }
        }
    }

    private static async Task<Socket> ConnectAsync(IPEndPoint endpoint)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Parse("127.0.0.6"), 0));
        await socket.ConnectAsync(endpoint);
        return socket;
    }

    private static async Task<bool> IsClosedByPeerAsync(Socket socket, TimeSpan within)
    {
        using var cts = new CancellationTokenSource(within);
        var buffer = new byte[64];
        try
        {
            while (true)
            {
                if (await socket.ReceiveAsync(buffer, SocketFlags.None, cts.Token) == 0)
                {
                    return true;
                }
            }
        }
        catch (SocketException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
