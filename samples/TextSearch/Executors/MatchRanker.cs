using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Samples.TextSearch.Executors;

/// <summary>
/// The final ranking of <c>/search</c>: the Flow's reduce has concatenated the shards' matches (in shard
/// order); this sorts each query's matches by <c>cosine</c> score, best first (equal scores by id),
/// keeps the best of each member name (overloads share one) and takes the top <c>top_k</c>.
/// </summary>
public sealed class MatchRanker : Executor
{
    private readonly int _topK;

    /// <summary>Creates the ranker.</summary>
    /// <param name="topK">How many matches each query keeps.</param>
    public MatchRanker(int topK = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(topK);
        _topK = topK;
    }

    /// <summary>Ranks every query's matches, in place.</summary>
    /// <param name="docs">The queries.</param>
    [Requests("/search")]
    public void Rank(DocumentArray docs)
    {
        foreach (var doc in docs)
        {
            var sorted = doc.Matches.ToList();
            sorted.Sort(static (a, b) =>
            {
                var byScore = Score(b).CompareTo(Score(a));
                return byScore != 0 ? byScore : string.CompareOrdinal(a.Id, b.Id);
            });
            var names = new HashSet<string>(StringComparer.Ordinal);
            var best = new DocumentArray(_topK);
            foreach (var match in sorted)
            {
                var name = match.Tags[DocFields.Name]?.GetValue<string>() ?? match.Id;
                if (best.Count < _topK && names.Add(name))
                {
                    best.Add(match);
                }
            }

            doc.Matches = best;
        }
    }

    private static double Score(Document match) =>
        match.Scores.TryGetValue(DocFields.Cosine, out var s) ? s.Value : double.NegativeInfinity;
}
