using Flow.Actors.Serialization;
using System.Text.Json.Nodes;
using Flow.Core.Executors;

namespace Flow.Actors.Executors;

/// <summary>
/// What a replica needs to construct its executor instance on whichever node it is deployed: the executor and its
/// Flow, how to find its type, its constructor arguments and where it sits (shard, counts, workspace). Crosses the
/// wire as the argument of a remotely deployed replica, so it names types instead of holding them.
/// </summary>
/// <param name="Flow">The Flow's name (selects the node's executor registry, see <see cref="FlowExtension"/>).</param>
/// <param name="Executor">The executor's name in the Flow (<c>enc</c>, <c>enc/uses-before</c>).</param>
/// <param name="Uses">The <c>uses</c> name, or the full name of the type given in code; null: <c>BaseExecutor</c>.</param>
/// <param name="UsesWith">Constructor arguments (Jina's <c>uses_with</c>), or null.</param>
/// <param name="Shard">The shard, 0-based.</param>
/// <param name="Shards">The executor's number of shards.</param>
/// <param name="Replicas">Replicas per shard.</param>
/// <param name="Workspace">The workspace root, or null for the default.</param>
/// <param name="WorkspaceName">The executor's folder under the root (Jina's <c>uses_metas.name</c>), or null for its name.</param>
/// <param name="UsesRequests">Jina's <c>uses_requests</c> (endpoint → method name), or null.</param>
internal sealed record ReplicaSpec(string Flow, string Executor, string? Uses, JsonObject? UsesWith, int Shard, int Shards, int Replicas, string? Workspace, string? WorkspaceName = null, IReadOnlyDictionary<string, string>? UsesRequests = null) : IFlowWireMessage
{
    /// <summary>The runtime info of replica <paramref name="replica"/> of this shard.</summary>
    public ExecutorRuntimeInfo RuntimeFor(int replica) => new(Executor, Shard, Shards, replica, Replicas, Workspace, WorkspaceName);
}
