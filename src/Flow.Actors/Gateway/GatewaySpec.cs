using Akka.Actor;
using Flow.Core.Runs;

namespace Flow.Actors.Gateway;

/// <summary>What a gateway runs: the compiled Flow, where its executors are, and its defaults.</summary>
/// <param name="Flow">The Flow's name (for logs).</param>
/// <param name="Plan">The compiled Flow (owned by the gateway from now on: ANY round-robin state).</param>
/// <param name="Regions">Per plan node: its uses_before region (or null), its shards' region, its uses_after region (or null).</param>
/// <param name="DefaultTimeout">The time limit of a request that gives none; null: none.</param>
/// <param name="CacheEntityRefs">Send straight to a shard entity once it answered (see <see cref="ExecutorTargets"/>).</param>
/// <param name="Signature">The Flow's signature, given to nodes that start the same Flow.</param>
internal sealed record GatewaySpec(string Flow, FlowPlan Plan, IActorRef?[][] Regions, TimeSpan? DefaultTimeout, bool CacheEntityRefs, string Signature) : INoSerializationVerificationNeeded
{
    /// <summary>Per plan node: the cluster role of the nodes that run the executor (its own, else <c>flow.executor.default-role</c>), or null for any member.</summary>
    public string?[] Roles { get; init; } = new string?[Plan.Nodes.Length];
}
