using Flow.Core.Documents;
using Flow.Samples.TextSearch.Index;
using Flow.Samples.Tests.Support;

namespace Flow.Samples.Tests.Index;

public sealed class SparseIndexTests
{
    private static Embedding V(params (int Index, float Value)[] entries) =>
        Embedding.Sparse(4, entries.Select(e => e.Index).ToArray(), entries.Select(e => e.Value).ToArray());

    private static SparseIndex Sample()
    {
        var index = new SparseIndex();
        index.Add("a", "A", V((0, 1f)));                     // (1, 0, 0, 0)
        index.Add("b", "B", V((0, 1f), (1, 1f)));            // (1, 1, 0, 0) / √2
        index.Add("c", "C", V((1, 3f)));                     // (0, 1, 0, 0)
        index.Add("d", "D", V((2, 2f), (3, 2f)));            // orthogonal to the queries below
        index.Add("e", "E", V((0, 5f)));                     // same direction as a
        return index;
    }

    [Fact]
    public void Search_Query_CosineTopKBestFirstTiesByRow()
    {
        var hits = Sample().Search(V((0, 2f), (1, 1f)), 3);   // q = (2, 1, 0, 0) / √5

        Assert.Equal([1, 0, 4], hits.Select(h => h.Row));
        Assert.Equal(3f / MathF.Sqrt(10f), hits[0].Score, 6);   // b: (2 + 1) / (√5 · √2) = 0.948683
        Assert.Equal(2f / MathF.Sqrt(5f), hits[1].Score, 6);    // a: 0.894427
        Assert.Equal(2f / MathF.Sqrt(5f), hits[2].Score, 6);    // e: the same direction as a, a later row
    }

    [Fact]
    public void Search_KLargerThanMatches_ReturnsOnlyPositiveScores()
    {
        var hits = Sample().Search(V((1, 1f)), 10);

        Assert.Equal([2, 1], hits.Select(h => h.Row));
        Assert.Equal([1f, 1f / MathF.Sqrt(2f)], hits.Select(h => h.Score));
    }

    [Fact]
    public void Search_EmptyQueryOrIndex_NoHits()
    {
        Assert.Empty(Sample().Search(Embedding.Sparse(4, [], []), 5));
        Assert.Empty(new SparseIndex().Search(V((0, 1f)), 5));
    }

    [Fact]
    public void Add_OtherDimension_Throws()
    {
        var index = Sample();

        var e = Assert.Throws<ArgumentException>(() => index.Add("x", "X", Embedding.Sparse(5, [0], [1f])));
        Assert.Contains("dimension 5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveLoad_TempFile_RoundTripsRowsAndSearch()
    {
        using var temp = new TempDirectory();
        var path = temp.Sub("index.bin");
        var index = Sample();

        SparseIndexFile.Save(index, path);
        var loaded = new SparseIndex();
        SparseIndexFile.Load(loaded, path);

        Assert.Equal(5, loaded.Count);
        Assert.Equal(4, loaded.Dimension);
        Assert.Equal(["a", "b", "c", "d", "e"], Enumerable.Range(0, 5).Select(loaded.IdAt));
        Assert.Equal(["A", "B", "C", "D", "E"], Enumerable.Range(0, 5).Select(loaded.NameAt));
        var query = V((0, 2f), (1, 1f));
        Assert.Equal(index.Search(query, 5), loaded.Search(query, 5));
    }
}
