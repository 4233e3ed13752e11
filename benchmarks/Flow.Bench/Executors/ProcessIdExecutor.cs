using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Bench.Executors;

/// <summary>
/// Adds to every document a chunk <c>shard-{k}</c> tagged with the id of the process that handled it (tag <c>pid</c>):
/// which shards answered a request, and on which node.
/// </summary>
public sealed class ProcessIdExecutor : Executor
{
    [Requests]
    public void Handle(DocumentArray docs)
    {
        foreach (var doc in docs)
        {
            var chunk = new Document { Id = $"shard-{Runtime.ShardId}" };
            chunk.Tags["pid"] = Environment.ProcessId;
            doc.Chunks.Add(chunk);
        }
    }
}
