using System.Threading.Channels;
using Flow.Core.Requests;
using Flow.Gateway.Target;

namespace Flow.Gateway.Tests.Support;

/// <summary>
/// A Flow stand-in whose answers the test controls: each request arrives on <see cref="Calls"/> with a completion source;
/// <see cref="InFlight"/> and <see cref="MaxInFlight"/> count requests sent and not yet answered.
/// </summary>
public sealed class FakeTarget : IFlowGatewayTarget
{
    private readonly Channel<FakeCall> _calls = Channel.CreateUnbounded<FakeCall>();
    private int _inFlight;
    private int _maxInFlight;

    public FlowEndpoints Endpoints { get; } = new(["/x"], hasDefaultHandler: false);

    public ChannelReader<FakeCall> Calls => _calls.Reader;

    public int InFlight => Volatile.Read(ref _inFlight);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public async Task<FlowResponse> SendAsync(FlowRequest request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while ((max = Volatile.Read(ref _maxInFlight)) < now && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
        }

        var call = new FakeCall(request, cancellationToken);
        _calls.Writer.TryWrite(call);
        try
        {
            return await call.Answer.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public Task<FlowReadiness> DryRunAsync(CancellationToken cancellationToken) => Task.FromResult(new FlowReadiness(false, "not ready: x (0 of 1 replicas answered)"));
}

/// <summary>One request the fake received; complete <see cref="Answer"/> to answer it.</summary>
public sealed record FakeCall(FlowRequest Request, CancellationToken Token)
{
    public TaskCompletionSource<FlowResponse> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Reply() => Answer.TrySetResult(new FlowResponse(Request.RequestId, Request.Docs) { Routes = { new RouteEntry("gateway", ResponseStatus.Ok) } });
}
