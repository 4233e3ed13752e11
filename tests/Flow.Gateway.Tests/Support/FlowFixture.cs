using Flow.Core.Flows;
using Flow.Actors.Hosting;
using Flow.Gateway.Target;

namespace Flow.Gateway.Tests.Support;

/// <summary>
/// A running Flow <c>a → b</c> (both <see cref="GatewayTestExecutor"/>) behind in-memory front doors, shared by a test class.
/// </summary>
public sealed class FlowFixture : IAsyncLifetime
{
    private FlowHost? _host;
    private TestGateway? _gateway;

    public static FlowDefinition Definition { get; } = new FlowBuilder().Add<GatewayTestExecutor>("a").Add<GatewayTestExecutor>("b").Build();

    public TestGateway Gateway => _gateway ?? throw new InvalidOperationException("not started");

    public FlowHost Host => _host ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _host = await FlowHost.StartAsync(Definition);
        _gateway = await TestGateway.StartAsync(new FlowHostGatewayTarget(_host, Definition));
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
