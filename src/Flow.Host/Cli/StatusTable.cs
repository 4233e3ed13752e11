using Flow.Actors.Status;

namespace Flow.Host.Cli;

/// <summary>Writes a <see cref="ClusterStatusReport"/> as plain text: one line per member, then per Flow one line per shard.</summary>
internal static class StatusTable
{
    public static void Write(ClusterStatusReport report, TextWriter output)
    {
        output.WriteLine("members:");
        foreach (var m in report.Members)
        {
            var roles = m.Roles.Count == 0 ? "-" : string.Join(",", m.Roles);
            output.WriteLine($"  {m.Address}  roles={roles}  status={m.Status}  {(m.Reachable ? "reachable" : "UNREACHABLE")}");
        }

        foreach (var flow in report.Flows)
        {
            output.WriteLine($"flow {flow.Flow}:");
            foreach (var executor in flow.Executors)
            {
                foreach (var shard in executor.Shards)
                {
                    var node = shard.Node.Length == 0 ? "(no answer)" : shard.Node;
                    var replicas = shard.ReplicaNodes.Count == 0 ? "-" : string.Join(", ", shard.ReplicaNodes);
                    output.WriteLine($"  {executor.Executor} shard {shard.Shard}: {node}  replicas: {replicas}");
                }
            }
        }
    }
}
