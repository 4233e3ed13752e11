using Flow.Actors;
using Flow.Actors.Remote.Deployment;
using Flow.Core.Executors;
using Flow.Engine.Runtime;

namespace Flow.Engine.Remote;

/// <summary>
/// Explicit placement across nodes: executors named in <paramref name="placement"/> (and their <c>uses_before</c> /
/// <c>uses_after</c>) get their region deployed on that node (remote deployment by <see cref="FlowRemoting.RegionKey"/>);
/// every other executor is placed by <paramref name="local"/>. The shard entities returned are remote refs the gateway
/// uses exactly like local ones.
/// </summary>
internal sealed class RemoteExecutorPlacement(ActorSystem system, string prefix, IReadOnlyDictionary<string, Address> placement, LocalExecutorPlacement local) : IExecutorPlacement
{
    /// <summary>How long the hosting node may take to deploy the region and construct its executors.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly List<IActorRef> _remoteRegions = [];

    /// <summary>The regions deployed on other nodes so far.</summary>
    public IReadOnlyList<IActorRef> RemoteRegions => _remoteRegions;

    public async Task<IReadOnlyList<IActorRef>> StartAsync(RegionSpec spec, CancellationToken cancellationToken)
    {
        var slash = spec.Name.IndexOf('/', StringComparison.Ordinal);
        var executor = slash < 0 ? spec.Name : spec.Name[..slash];
        if (!placement.TryGetValue(executor, out var node) || node.Equals(system.Address))
        {
            return await local.StartAsync(spec, cancellationToken).ConfigureAwait(false);
        }

        var descriptor = spec.Descriptor ?? throw new ExecutorConstructionException(spec.Name, "it cannot be placed on another node: it has no wire description.");
        var name = prefix + "-" + spec.Name.Replace('/', '-') + "-" + Guid.NewGuid().ToString("N")[..8];
        IActorRef region;
        try
        {
            region = await system.DeployAsync(node, FlowRemoting.RegionKey, name, descriptor, StartTimeout).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ExecutorConstructionException(spec.Name, $"could not be deployed on {node}: {e.Message}", e);
        }

        lock (_remoteRegions)
        {
            _remoteRegions.Add(region);
        }

        var started = await region.Ask<RegionStarted>(StartRegion.Instance, StartTimeout, cancellationToken).ConfigureAwait(false);
        if (started.Failure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return started.Shards;
    }
}
