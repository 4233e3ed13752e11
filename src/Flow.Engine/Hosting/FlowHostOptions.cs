using Flow.Actors;
using Flow.Core.Executors;
using Microsoft.Extensions.Logging;

namespace Flow.Engine.Hosting;

/// <summary>How <see cref="FlowHost.StartAsync"/> runs a Flow.</summary>
public sealed record FlowHostOptions
{
    /// <summary>The actor system to run in; null: the host creates one (with <see cref="LoggerFactory"/> and <see cref="TimeProvider"/>) and terminates it on dispose.</summary>
    public ActorSystem? System { get; init; }

    /// <summary>Where the host's own actor system logs; null for nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>The workspace root for executors that name none (neither their own nor the Flow's); null: <c>./workspace</c>.</summary>
    public string? Workspace { get; init; }

    /// <summary>The time limit of a request that gives none; null: no limit.</summary>
    public TimeSpan? DefaultTimeout { get; init; }

    /// <summary>How often a request is retried on another replica when the one running it crashes; null: <c>max(3, replicas)</c> per executor.</summary>
    public int? Retries { get; init; }

    /// <summary>Where YAML <c>uses</c> names are resolved; null: <see cref="ExecutorRegistry.Default"/>.</summary>
    public ExecutorRegistry? Registry { get; init; }

    /// <summary>The clock of the host's own actor system (tests pass a manual one); ignored when <see cref="System"/> is given.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>How long <see cref="FlowHost.DryRunAsync"/> waits for each shard's replicas. Default 5 s.</summary>
    public TimeSpan ReadinessTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long <see cref="FlowHost.DisposeAsync"/> waits for each shard to close its executors (a replica first
    /// finishes the requests queued before the close). Past it, the actors are stopped anyway and the executors
    /// still open are closed as their replicas stop. Default 30 s; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Explicit placement across nodes: executor name → the node that runs it (its shards, replicas, <c>uses_before</c>
    /// and <c>uses_after</c>), deployed there at start. <see cref="System"/> must have remoting and every node must have
    /// called <see cref="Remote.FlowRemoting.Enable"/>. Executors not named run in this process; null or empty: all do.
    /// When a node is lost, requests that need its executors fail with an error naming the executor and the node.
    /// </summary>
    public IReadOnlyDictionary<string, Address>? Placement { get; init; }
}
