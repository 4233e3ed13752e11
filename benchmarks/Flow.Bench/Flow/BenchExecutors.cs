using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Bench.Flow;

/// <summary>A handler that does nothing (the engine still invokes it and copies the documents first).</summary>
public sealed class NoOpExecutor : Executor
{
    [Requests]
    public void Handle(DocumentArray docs)
    {
    }
}

/// <summary>Waits 50 ms per request (an executor bound by I/O or a model call).</summary>
public sealed class SlowExecutor : Executor
{
    [Requests]
    public Task HandleAsync(DocumentArray docs) => Task.Delay(50);
}

/// <summary>Adds <c>matches</c> matches per query document, ids unique per shard.</summary>
public sealed class MatchingExecutor(int matches = 20) : Executor
{
    [Requests]
    public void Search(DocumentArray docs)
    {
        var shard = Runtime.ShardId;
        foreach (var d in docs)
        {
            var list = d.Matches;
            for (var i = 0; i < matches; i++)
            {
                list.Add(new Document { Id = string.Concat(d.Id, "-", shard.ToString(System.Globalization.CultureInfo.InvariantCulture), "-", i.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
            }
        }
    }
}
