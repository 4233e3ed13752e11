using Flow.Gateway.Hosting;
using Flow.Gateway.Protos.Jina;
using Flow.Gateway.Tests.Support;
using Grpc.Core;

namespace Flow.Gateway.Tests.Grpc;

public sealed class CallBackPressureTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Call_FasterThanTheFlowAnswers_ReadsOnlyPrefetchRequestsAtATime()
    {
        var target = new FakeTarget();
        await using var gateway = await TestGateway.StartAsync(target, new FlowGatewayOptions { Prefetch = 2 });
        using var cancel = new CancellationTokenSource(Bound);
        using var call = new JinaRPC.JinaRPCClient(gateway.Channel).Call(cancellationToken: cancel.Token);
        for (var i = 0; i < 6; i++)
        {
            await call.RequestStream.WriteAsync(Requests.Data("r" + i, "/x", "t"), cancel.Token);
        }

        await call.RequestStream.CompleteAsync();
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var next = await target.Calls.ReadAsync(cancel.Token);
            Assert.True(target.InFlight <= 2, $"{target.InFlight} requests in flight with prefetch 2");
            next.Reply();
            Assert.True(await call.ResponseStream.MoveNext(cancel.Token));
            ids.Add(call.ResponseStream.Current.Header.RequestId);
        }

        Assert.False(await call.ResponseStream.MoveNext(cancel.Token));
        Assert.Equal(["r0", "r1", "r2", "r3", "r4", "r5"], ids);
        Assert.Equal(2, target.MaxInFlight);
    }

    [Fact]
    public async Task Call_ClientDisconnectsMidStream_InFlightRequestsCanceledAndGatewayServesOthers()
    {
        var target = new FakeTarget();
        await using var gateway = await TestGateway.StartAsync(target);
        using var cancel = new CancellationTokenSource(Bound);
        var client = new JinaRPC.JinaRPCClient(gateway.Channel);
        using (var abandoned = new CancellationTokenSource())
        {
            using var call = client.Call(cancellationToken: abandoned.Token);
            await call.RequestStream.WriteAsync(Requests.Data("a", "/x", "t"), cancel.Token);
            await call.RequestStream.WriteAsync(Requests.Data("b", "/x", "t"), cancel.Token);
            var first = await target.Calls.ReadAsync(cancel.Token);
            var second = await target.Calls.ReadAsync(cancel.Token);
            abandoned.Cancel();
            await WaitCanceledAsync(first.Token, cancel.Token);
            await WaitCanceledAsync(second.Token, cancel.Token);
        }

        using var next = client.Call(cancellationToken: cancel.Token);
        await next.RequestStream.WriteAsync(Requests.Data("c", "/x", "t"), cancel.Token);
        await next.RequestStream.CompleteAsync();
        (await target.Calls.ReadAsync(cancel.Token)).Reply();
        Assert.True(await next.ResponseStream.MoveNext(cancel.Token));
        Assert.Equal("c", next.ResponseStream.Current.Header.RequestId);
    }

    private static async Task WaitCanceledAsync(CancellationToken token, CancellationToken bound)
    {
        var canceled = new TaskCompletionSource();
        using var registration = token.Register(() => canceled.TrySetResult());
        await canceled.Task.WaitAsync(bound);
    }
}
