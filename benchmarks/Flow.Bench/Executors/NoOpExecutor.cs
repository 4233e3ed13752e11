using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Bench.Executors;

/// <summary>A handler that does nothing (the engine still invokes it and copies the documents first).</summary>
public sealed class NoOpExecutor : Executor
{
    [Requests]
    public void Handle(DocumentArray docs)
    {
    }
}
