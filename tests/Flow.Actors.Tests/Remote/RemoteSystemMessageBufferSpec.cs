using Flow.Actors.Remote;
using Flow.Actors.TestKit;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Tests.Remote;

public sealed class RemoteSystemMessageBufferSpec
{
    private const int BufferSize = 5;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task SystemMessageBuffer_PeerStopsAcknowledging_OverflowQuarantinesAndWatchersGetAddressTerminated()
    {
        var logA = new CapturingLoggerFactory();
        // A lenient failure detector: the overflow, not the detector, must be what declares the peer lost.
        RemoteSettings Configure(RemoteSettings s) => s with { SystemMessageBufferSize = BufferSize, AcceptableHeartbeatPause = TimeSpan.FromSeconds(60) };
        await using var nodes = new RemoteNodes();
        await using var a = ActorSystem.Create("a", new ActorSystemSetup
        {
            Settings = ActorSystemSettings.Default with { Remote = RemoteNodes.Settings("127.0.0.4", Configure) },
            LoggerFactory = logA,
        });
        var b = nodes.Start("b", "127.0.0.5", Configure);
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        Assert.Equal("hi", await echo.Ask<string>("hi", Timeout));
        var transportA = RemoteNodes.Transport(a);
        var association = transportA.FindAssociation(b.Address)!;
        var uidB = association.RemoteUid;

        // B's remoting goes away while its incarnation is current: nothing acknowledges A's system messages any more.
        RemoteNodes.Transport(b).Stop();
        await TestKit.TestKit.AwaitConditionAsync(() => !association.IsConnected, Timeout);

        var watchers = new List<TestProbe>();
        for (var i = 0; i <= BufferSize; i++)
        {
            var watcher = new TestProbe(a);
            watcher.Watch(echo);
            watchers.Add(watcher);
        }

        foreach (var watcher in watchers)
        {
            var terminated = await watcher.ExpectMsgAsync<Terminated>(Timeout);
            Assert.Equal(echo, terminated.ActorRef);
            Assert.True(terminated.AddressTerminated);
        }

        Assert.True(transportA.IsQuarantined(b.Address, uidB));
        var errors = logA.Lines.Where(l => l.Level == LogLevel.Error).Select(l => l.Text).ToList();
        var error = Assert.Single(errors);
        Assert.Contains(b.Address.ToString(), error, StringComparison.Ordinal);
        Assert.Contains($"{BufferSize} system messages are unacknowledged", error, StringComparison.Ordinal);
        Assert.Contains("flow.remote.system-message-buffer-size", error, StringComparison.Ordinal);
    }
}
