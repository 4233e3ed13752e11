using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Remote;

/// <summary>Writes are batched while messages are queued and flushed at once when the queue runs empty.</summary>
public sealed class RemoteBatchingSpec
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Burst_BatchingOn_FarFewerFlushesThanMessages()
    {
        var (flushes, written) = await BurstAsync(batching: true);
        Assert.True(flushes * 5 < written, $"{flushes} flushes for {written} items");
    }

    [Fact]
    public async Task Burst_BatchingOff_OneFlushPerItem()
    {
        var (flushes, written) = await BurstAsync(batching: false);
        Assert.True(flushes >= written, $"{flushes} flushes for {written} items");
    }

    [Fact]
    public async Task SingleMessage_QueueEmpty_FlushedWithoutWaitingForMore()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.14");
        var b = nodes.Start("b", "127.0.0.15");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var probe = new TestProbe(a);
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        var association = RemoteNodes.Transport(a).FindAssociation(b.Address)!;
        for (var i = 0; i < 20; i++)
        {
            var before = association.Flushes;
            echo.Tell(i, probe.Ref);
            Assert.Equal(i, await probe.ExpectMsgAsync<int>(Timeout));
            Assert.True(association.Flushes > before);
        }
    }

    private static async Task<(long Flushes, long Written)> BurstAsync(bool batching)
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.14", s => s with { Batching = batching });
        var b = nodes.Start("b", "127.0.0.15");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var probe = new TestProbe(a);
        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(Timeout);
        var association = RemoteNodes.Transport(a).FindAssociation(b.Address)!;
        var (flushesBefore, writtenBefore) = (association.Flushes, association.ItemsWritten);
        const int count = 20_000;
        for (var i = 0; i < count; i++)
        {
            echo.Tell(i, probe.Ref);
        }

        var received = await probe.ReceiveNAsync(count, TimeSpan.FromSeconds(30));
        Assert.Equal(Enumerable.Range(0, count), received.Cast<int>());
        return (association.Flushes - flushesBefore, association.ItemsWritten - writtenBefore);
    }
}
