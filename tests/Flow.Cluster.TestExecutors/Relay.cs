using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Cluster.TestExecutors;

/// <summary>Passes every request on unchanged (a first executor whose replicas spread over the nodes).</summary>
public sealed class Relay : Executor
{
    /// <summary>Leaves the documents as they are.</summary>
    /// <param name="docs">The documents.</param>
    [Requests]
    public void Pass(DocumentArray docs)
    {
    }
}
