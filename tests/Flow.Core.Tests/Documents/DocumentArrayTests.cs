using Flow.Core.Documents;

namespace Flow.Core.Tests.Documents;

public sealed class DocumentArrayTests
{
    private static DocumentArray Abc() => new([new Document { Id = "a" }, new Document { Id = "b" }, new Document { Id = "c" }]);

    [Fact]
    public void Indexer_ByPositionAndId_FindsSameDocument()
    {
        var docs = Abc();
        Assert.Same(docs[1], docs["b"]);
        Assert.Equal(2, docs.IndexOf("c"));
        Assert.True(docs.Contains("a"));
        Assert.False(docs.Contains("z"));
        Assert.Throws<KeyNotFoundException>(() => docs["z"]);
    }

    [Fact]
    public void IdIndex_AfterAddRemoveInsertReplace_StaysConsistent()
    {
        var docs = Abc();
        Assert.Equal(0, docs.IndexOf("a"));
        docs.Add(new Document { Id = "d" });
        Assert.Equal(3, docs.IndexOf("d"));
        Assert.True(docs.Remove("a"));
        Assert.Equal(-1, docs.IndexOf("a"));
        Assert.Equal(0, docs.IndexOf("b"));
        Assert.Equal(2, docs.IndexOf("d"));
        docs.Insert(0, new Document { Id = "x" });
        Assert.Equal(0, docs.IndexOf("x"));
        Assert.Equal(1, docs.IndexOf("b"));
        docs[1] = new Document { Id = "y" };
        Assert.Equal(-1, docs.IndexOf("b"));
        Assert.Equal(1, docs.IndexOf("y"));
        docs.RemoveAt(0);
        Assert.Equal(0, docs.IndexOf("y"));
        docs.Clear();
        Assert.Equal(-1, docs.IndexOf("y"));
        Assert.Empty(docs);
    }

    [Fact]
    public void IdLookup_DuplicateIds_FindsFirst()
    {
        var first = new Document { Id = "a", Text = "1" };
        var docs = new DocumentArray([first, new Document { Id = "a", Text = "2" }]);
        Assert.Same(first, docs["a"]);
        docs.RemoveAt(0);
        Assert.Equal("2", docs["a"].Text);
    }

    [Fact]
    public void Clone_IsDeep()
    {
        var docs = Abc();
        var copy = docs.Clone();
        copy[0].Text = "changed";
        copy.Add(new Document());
        Assert.Null(docs[0].Text);
        Assert.Equal(3, docs.Count);
        Assert.Equal(new[] { "a", "b", "c" }, copy.Take(3).Select(d => d.Id));
    }

    [Fact]
    public void GetDenseEmbeddings_MixedDenseSparse_RowMajorMatrix()
    {
        var docs = new DocumentArray([
            new Document { Embedding = Embedding.Dense([1f, 2f, 3f]) },
            new Document { Embedding = Embedding.Sparse(3, [2], [9f]) },
        ]);
        var m = docs.GetDenseEmbeddings();
        Assert.Equal(2, m.Rows);
        Assert.Equal(3, m.Columns);
        Assert.Equal(new[] { 1f, 2f, 3f, 0f, 0f, 9f }, m.Values.ToArray());
        Assert.Equal(new[] { 0f, 0f, 9f }, m.Row(1).ToArray());
    }

    [Fact]
    public void GetSparseEmbeddings_MixedDenseSparse_Csr()
    {
        var docs = new DocumentArray([
            new Document { Embedding = Embedding.Dense([0f, 2f, 0f]) },
            new Document { Embedding = Embedding.Sparse(3, [0, 2], [4f, 9f]) },
        ]);
        var m = docs.GetSparseEmbeddings();
        Assert.Equal(new[] { 0, 1, 3 }, m.RowOffsets.ToArray());
        Assert.Equal(new[] { 1, 0, 2 }, m.ColumnIndices.ToArray());
        Assert.Equal(new[] { 2f, 4f, 9f }, m.Values.ToArray());
    }

    [Fact]
    public void GetDenseEmbeddings_MissingOrMismatched_Throws()
    {
        var missing = new DocumentArray([new Document { Embedding = Embedding.Dense([1f]) }, new Document()]);
        Assert.Throws<InvalidOperationException>(() => missing.GetDenseEmbeddings());
        var mismatched = new DocumentArray([new Document { Embedding = Embedding.Dense([1f]) }, new Document { Embedding = Embedding.Dense([1f, 2f]) }]);
        Assert.Throws<InvalidOperationException>(() => mismatched.GetDenseEmbeddings());
    }

    [Fact]
    public void SetEmbeddings_SparseMatrix_AssignsSparseRows()
    {
        var docs = new DocumentArray([new Document(), new Document()]);
        docs.SetEmbeddings(new SparseMatrix(2, 4, [0, 1, 3], [3, 0, 1], [1f, 2f, 3f]));
        Assert.True(docs[0].Embedding!.IsSparse);
        Assert.Equal(new[] { 0f, 0f, 0f, 1f }, docs[0].Embedding!.ToDense());
        Assert.Equal(new[] { 2f, 3f, 0f, 0f }, docs[1].Embedding!.ToDense());
    }

    [Fact]
    public void SetEmbeddings_DenseMatrix_AssignsDenseRows()
    {
        var docs = new DocumentArray([new Document(), new Document()]);
        docs.SetEmbeddings(new DenseMatrix(2, 2, [1f, 2f, 3f, 4f]));
        Assert.False(docs[1].Embedding!.IsSparse);
        Assert.Equal(new[] { 3f, 4f }, docs[1].Embedding!.Values.ToArray());
        Assert.Throws<ArgumentException>(() => docs.SetEmbeddings(new DenseMatrix(1, 2, [1f, 2f])));
    }
}
