using Microsoft.Extensions.Hosting;

namespace Flow.Host.Nodes;

/// <summary>
/// The generic host's lifetime for a node process: none of the console lifetime's own SIGINT / SIGTERM handling, which
/// would stop the host (and the ActorSystem) on its own schedule; <see cref="NodeRunner"/> owns the signals and stops the
/// node in order.
/// </summary>
internal sealed class NodeLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
