using System.Globalization;
using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Bench.Executors;

/// <summary>Adds <c>matches</c> matches to each query document, ids unique per shard.</summary>
public sealed class MatchingExecutor(int matches = 20) : Executor
{
    [Requests]
    public void Search(DocumentArray docs)
    {
        var shard = Runtime.ShardId.ToString(CultureInfo.InvariantCulture);
        foreach (var d in docs)
        {
            var list = d.Matches;
            for (var i = 0; i < matches; i++)
            {
                list.Add(new Document { Id = string.Concat(d.Id, "-", shard, "-", i.ToString(CultureInfo.InvariantCulture)) });
            }
        }
    }
}
