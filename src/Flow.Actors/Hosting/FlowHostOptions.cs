using Akka.Actor;
using Flow.Core.Executors;
using Microsoft.Extensions.Logging;

namespace Flow.Actors.Hosting;

/// <summary>How <see cref="FlowHost.StartAsync"/> runs a Flow. Every timing not set here comes from the ActorSystem's <c>flow.*</c> settings (<c>hocon/reference.conf</c>).</summary>
public sealed record FlowHostOptions
{
    /// <summary>
    /// The ActorSystem to run in: a cluster member (<c>akka.actor.provider = cluster</c>), Up or joining. Null: the host
    /// creates an embedded one-node cluster on 127.0.0.1 and terminates it on dispose.
    /// </summary>
    public ActorSystem? System { get; init; }

    /// <summary>
    /// The Flow's name: names its shard regions and gateway, so every node of a cluster running the Flow must give the
    /// same one, and two Flows in one ActorSystem different ones (letters, digits, <c>-</c>, <c>_</c>, <c>.</c>).
    /// Null: the definition's name (<c>with: name:</c>), else a name unique in this process.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>Where the host's own (embedded) ActorSystem logs; null: warnings and errors to the console. Ignored when <see cref="System"/> is given.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>The workspace root for executors that name none (neither their own nor the Flow's); null: <c>./workspace</c>.</summary>
    public string? Workspace { get; init; }

    /// <summary>The time limit of a request that gives none; null: <c>flow.gateway.default-timeout</c> (infinite by default).</summary>
    public TimeSpan? DefaultTimeout { get; init; }

    /// <summary>How often a request is retried on another replica when the one running it crashes; null or negative: <c>max(3, replicas)</c> per executor (or <c>flow.executor.retries</c>).</summary>
    public int? Retries { get; init; }

    /// <summary>Where YAML <c>uses</c> names are resolved; null: <see cref="ExecutorRegistry.Default"/>.</summary>
    public ExecutorRegistry? Registry { get; init; }

    /// <summary>How long <see cref="FlowHost.DryRunAsync"/> waits for each shard's replicas; null: <c>flow.executor.readiness-timeout</c> (5 s).</summary>
    public TimeSpan? ReadinessTimeout { get; init; }

    /// <summary>
    /// How long stopping the Flow waits for the requests in flight (floating executors and their successors included)
    /// before closing the executors; null: <c>flow.shutdown.drain-timeout</c> (30 s). <see cref="Timeout.InfiniteTimeSpan"/> waits forever.
    /// </summary>
    public TimeSpan? DrainTimeout { get; init; }

    /// <summary>
    /// How long closing the executors may take (a replica first finishes the request it runs); past it, the actors are
    /// stopped anyway and the executors still open are closed as their replicas stop. Null: <c>flow.shutdown.close-timeout</c> (30 s).
    /// </summary>
    public TimeSpan? ShutdownTimeout { get; init; }
}
