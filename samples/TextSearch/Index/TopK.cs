namespace Flow.Samples.TextSearch.Index;

/// <summary>Keeps the k best (row, score) pairs offered in row order: a min-heap on (score, -row).</summary>
internal sealed class TopK
{
    private readonly int _k;
    private readonly PriorityQueue<int, (float Score, int NegRow)> _heap;

    /// <summary>Creates an empty selection of at most <paramref name="k"/> entries.</summary>
    /// <param name="k">How many to keep (&gt; 0).</param>
    public TopK(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        _k = k;
        _heap = new PriorityQueue<int, (float, int)>(k + 1);
    }

    /// <summary>Offers a row; it is kept when among the k best so far (an equal score loses to an earlier row).</summary>
    /// <param name="row">The row.</param>
    /// <param name="score">Its score.</param>
    public void Offer(int row, float score)
    {
        if (_heap.Count < _k)
        {
            _heap.Enqueue(row, (score, -row));
            return;
        }

        _heap.TryPeek(out _, out var worst);
        if (score > worst.Score)
        {
            _heap.DequeueEnqueue(row, (score, -row));
        }
    }

    /// <summary>The kept entries, best first (equal scores: lower row first).</summary>
    /// <returns>The list.</returns>
    public List<(int Row, float Score)> ToSortedList()
    {
        var list = new List<(int Row, float Score)>(_heap.Count);
        foreach (var (row, priority) in _heap.UnorderedItems)
        {
            list.Add((row, priority.Score));
        }

        list.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Row.CompareTo(b.Row));
        return list;
    }
}
