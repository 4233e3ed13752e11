using System.Globalization;

namespace Flow.Core.Executors;

/// <summary>Where and as what an executor instance runs (Jina's <c>runtime_args</c>).</summary>
/// <param name="Name">The executor's name in the Flow.</param>
/// <param name="ShardId">This instance's shard, 0-based.</param>
/// <param name="ShardCount">The executor's number of shards.</param>
/// <param name="ReplicaId">This instance's replica within its shard, 0-based.</param>
/// <param name="ReplicaCount">The number of replicas per shard.</param>
/// <param name="WorkspaceRoot">The workspace root; null means <c>./workspace</c> under the current directory.</param>
/// <param name="WorkspaceName">The executor's folder under the root (Jina's <c>uses_metas.name</c>); null means <paramref name="Name"/>.</param>
public sealed record ExecutorRuntimeInfo(
    string Name,
    int ShardId = 0,
    int ShardCount = 1,
    int ReplicaId = 0,
    int ReplicaCount = 1,
    string? WorkspaceRoot = null,
    string? WorkspaceName = null)
{
    /// <summary>
    /// The runtime name: <c>&lt;name&gt;/rep-&lt;r&gt;</c>, or <c>&lt;name&gt;/shard-&lt;s&gt;/rep-&lt;r&gt;</c> when
    /// the executor has more than one shard. Keys <c>__results__</c> entries.
    /// </summary>
    public string RuntimeName => ShardCount > 1
        ? string.Create(CultureInfo.InvariantCulture, $"{Name}/shard-{ShardId}/rep-{ReplicaId}")
        : string.Create(CultureInfo.InvariantCulture, $"{Name}/rep-{ReplicaId}");

    /// <summary>
    /// The workspace path <c>&lt;workspace&gt;/&lt;name&gt;/&lt;shard id&gt;/</c> (with a trailing separator; the folder is
    /// <see cref="WorkspaceName"/> when given), not created; see <see cref="EnsureWorkspace"/>.
    /// </summary>
    public string Workspace =>
        Path.Combine(Path.GetFullPath(WorkspaceRoot ?? "workspace"), WorkspaceName ?? Name, ShardId.ToString(CultureInfo.InvariantCulture))
        + Path.DirectorySeparatorChar;

    /// <summary>Creates the <see cref="Workspace"/> directory if needed (it survives restarts).</summary>
    /// <returns>The workspace path.</returns>
    public string EnsureWorkspace()
    {
        var path = Workspace;
        Directory.CreateDirectory(path);
        return path;
    }
}
