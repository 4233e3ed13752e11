using Flow.Gateway.Target;

namespace Flow.Gateway.Hosting;

/// <summary>
/// What the front doors' services share in one application: the options (from <c>AddFlowGateway</c>) and the Flow
/// (bound once by <c>MapFlowGateway</c>). A DI singleton; read concurrently after binding.
/// </summary>
internal sealed class GatewayState(FlowGatewayOptions options)
{
    private IFlowGatewayTarget? _target;

    public FlowGatewayOptions Options { get; } = options;

    public IFlowGatewayTarget Target => _target ?? throw new InvalidOperationException("The Flow gateway is not mapped: call MapFlowGateway.");

    public void Bind(IFlowGatewayTarget target)
    {
        if (Interlocked.CompareExchange(ref _target, target, null) is not null)
        {
            throw new InvalidOperationException("MapFlowGateway was already called in this application: one Flow per application.");
        }
    }
}
