using Flow.Gateway.Tests.Support;

namespace Flow.Gateway.Tests.RealClients;

/// <summary>One <c>flow run</c> process shared by the real-client tests of a class.</summary>
public sealed class FlowRunFixture : IAsyncLifetime
{
    private FlowRunProcess? _process;

    public FlowRunProcess Process => _process ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _process = await FlowRunProcess.StartAsync(TimeSpan.FromSeconds(60));

    public Task DisposeAsync()
    {
        _process?.Dispose();
        return Task.CompletedTask;
    }
}
