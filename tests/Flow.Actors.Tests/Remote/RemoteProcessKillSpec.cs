using System.Diagnostics;
using Flow.Actors.TestKit;
using Flow.Actors.TestKit.MultiNode;

namespace Flow.Actors.Tests.Remote;

/// <summary>A node in a separate process is killed by PID, then restarted on the same address.</summary>
public sealed class RemoteProcessKillSpec
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task KillProcess_WatchersGetAddressTerminatedWithinBound_RestartedNodeAcceptedAgain()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.10");
        using var first = await StartNodeAsync(0);
        var probe = new TestProbe(a);
        var echo = await a.ActorSelection($"{first.Address}/user/echo").ResolveOne(Timeout);
        Assert.Equal("ping", await echo.Ask<string>("ping", Timeout));
        probe.Watch(echo);
        var transport = RemoteNodes.Transport(a);
        var oldUid = transport.FindAssociation(first.Address)!.RemoteUid;
        await TestKit.TestKit.AwaitAssertAsync(() => Assert.Equal(1, transport.Watcher.Count), Timeout);

        var killed = Stopwatch.StartNew();
        await first.KillAsync();
        var terminated = await probe.ExpectMsgAsync<Terminated>(Timeout);
        killed.Stop();
        Assert.Equal(echo, terminated.ActorRef);
        Assert.True(terminated.AddressTerminated);
        // Heartbeats every 100 ms, acceptable pause 1 s: the detector's bound (phi 10) is about 1.5 s; 5 s leaves room for a loaded machine.
        Assert.True(killed.Elapsed < TimeSpan.FromSeconds(5), $"Terminated after {killed.Elapsed}");
        Assert.True(transport.IsQuarantined(first.Address, oldUid));

        using var second = await StartNodeAsync(first.Address.Port!.Value);
        Assert.Equal(first.Address, second.Address);
        var again = await a.ActorSelection($"{second.Address}/user/echo").ResolveOne(Timeout);
        Assert.Equal("pong", await again.Ask<string>("pong", Timeout));
        var newUid = transport.FindAssociation(second.Address)!.RemoteUid;
        Assert.NotEqual(0UL, newUid);
        Assert.NotEqual(oldUid, newUid);
        await second.KillAsync();
    }

    private static Task<NodeProcess> StartNodeAsync(int port) => NodeProcess.StartAsync(
        Path.Combine(AppContext.BaseDirectory, "Flow.Remote.TestNode.dll"),
        ["node", "127.0.0.11", port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        TimeSpan.FromSeconds(60));
}
