using Flow.Actors.Remote;
using Flow.Actors.TestKit;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Tests.Remote;

public sealed class RemoteIdleAssociationSpec
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task IdleAssociation_NoMessagesOrWatches_ClosedOnBothSidesWithoutQuarantineAndReassociates()
    {
        var logA = new CapturingLoggerFactory();
        var logB = new CapturingLoggerFactory();
        await using var a = Start("a", "127.0.0.4", logA);
        await using var b = Start("b", "127.0.0.5", logB);
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        Assert.Equal("first", await echo.Ask<string>("first", Timeout));
        var transportA = RemoteNodes.Transport(a);
        var transportB = RemoteNodes.Transport(b);
        var uidB = transportB.Uid;

        await TestKit.TestKit.AwaitConditionAsync(
            () => !transportA.FindAssociation(b.Address)!.IsConnected && !transportB.FindAssociation(a.Address)!.IsConnected, Timeout);

        Assert.False(transportA.IsQuarantined(b.Address, uidB));
        Assert.False(transportB.IsQuarantined(a.Address, transportA.Uid));
        Assert.Contains(logA.Lines.Concat(logB.Lines), l => l.Text.Contains("Closed the idle association", StringComparison.Ordinal));
        Assert.DoesNotContain(logA.Lines.Concat(logB.Lines), l => l.Level >= LogLevel.Warning);

        // Past the failure detector's bound (acceptable pause 1s): neither side judges the closed peer as silent.
        await new TestProbe(a).ExpectNoMsgAsync(TimeSpan.FromSeconds(2.5));
        Assert.DoesNotContain(logA.Lines.Concat(logB.Lines), l => l.Text.Contains("silent", StringComparison.Ordinal));

        Assert.Equal("again", await echo.Ask<string>("again", Timeout));
        Assert.True(transportA.FindAssociation(b.Address)!.IsConnected);
        Assert.Equal(uidB, transportA.FindAssociation(b.Address)!.RemoteUid);
    }

    [Fact]
    public async Task IdleAssociation_RemoteWatch_KeptBeyondTimeoutAndTerminatedStillArrives()
    {
        await using var a = Start("a", "127.0.0.4", new CapturingLoggerFactory());
        await using var b = Start("b", "127.0.0.5", new CapturingLoggerFactory());
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        var watcher = new TestProbe(a);
        watcher.Watch(echo);
        var transportA = RemoteNodes.Transport(a);
        var transportB = RemoteNodes.Transport(b);
        await TestKit.TestKit.AwaitConditionAsync(() => transportB.FindAssociation(a.Address) is { IsConnected: true }, Timeout);

        await watcher.ExpectNoMsgAsync(Idle * 4);

        Assert.True(transportA.FindAssociation(b.Address)!.IsConnected);
        Assert.True(transportB.FindAssociation(a.Address)!.IsConnected);
        echo.Tell(PoisonPill.Instance, null);
        var terminated = await watcher.ExpectMsgAsync<Terminated>(Timeout);
        Assert.Equal(echo, terminated.ActorRef);
        Assert.False(terminated.AddressTerminated);
    }

    [Fact]
    public async Task IdleAssociation_Off_NeverClosed()
    {
        await using var a = Start("a", "127.0.0.4", new CapturingLoggerFactory(), idle: null);
        await using var b = Start("b", "127.0.0.5", new CapturingLoggerFactory(), idle: null);
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        Assert.Equal("first", await echo.Ask<string>("first", Timeout));
        var probe = new TestProbe(a);

        await probe.ExpectNoMsgAsync(Idle * 4);

        Assert.True(RemoteNodes.Transport(a).FindAssociation(b.Address)!.IsConnected);
        Assert.True(RemoteNodes.Transport(b).FindAssociation(a.Address)!.IsConnected);
    }

    private static ActorSystem Start(string name, string host, ILoggerFactory log) => Start(name, host, log, Idle);

    private static ActorSystem Start(string name, string host, ILoggerFactory log, TimeSpan? idle) => ActorSystem.Create(name, new ActorSystemSetup
    {
        Settings = ActorSystemSettings.Default with { Remote = RemoteNodes.Settings(host, s => s with { IdleAssociationTimeout = idle }) },
        LoggerFactory = log,
    });
}
