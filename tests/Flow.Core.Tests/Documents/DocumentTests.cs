using System.Text.Json.Nodes;
using Flow.Core.Documents;

namespace Flow.Core.Tests.Documents;

public sealed class DocumentTests
{
    [Fact]
    public void Id_NotGiven_IsGenerated32HexAndStable()
    {
        var doc = new Document();
        var id = doc.Id;
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Equal(id, doc.Id);
        Assert.NotEqual(id, new Document().Id);
    }

    [Fact]
    public void Id_Given_IsKept()
    {
        Assert.Equal("d1", new Document { Id = "d1" }.Id);
    }

    [Fact]
    public void Clone_MutatingCopy_LeavesOriginalUntouched()
    {
        var doc = new Document { Id = "a", Text = "hello", Weight = 2f };
        doc.Tags["k"] = new JsonObject { ["n"] = 1 };
        doc.Scores["cos"] = new NamedScore(0.5, "cosine");
        doc.Chunks.Add(new Document { Id = "c1", Text = "chunk" });
        doc.Matches.Add(new Document { Id = "m1" });

        var copy = doc.Clone();
        copy.Text = "changed";
        copy.Tags["k"]!["n"] = 2;
        copy.Scores["cos"] = new NamedScore(0.9);
        copy.Chunks[0].Text = "changed chunk";
        copy.Matches.Add(new Document { Id = "m2" });

        Assert.Equal("a", copy.Id);
        Assert.Equal("hello", doc.Text);
        Assert.Equal(1, doc.Tags["k"]!["n"]!.GetValue<int>());
        Assert.Equal(0.5, doc.Scores["cos"].Value);
        Assert.Equal("chunk", doc.Chunks[0].Text);
        Assert.Single(doc.Matches);
        Assert.Equal(2f, copy.Weight);
    }

    [Fact]
    public void Clone_Metadata_CopiedIndependently()
    {
        var doc = new Document { Id = "a" };
        doc.Metadata["schema"] = new JsonObject { ["k"] = "v" };

        var copy = doc.Clone();
        copy.Metadata["schema"]!["k"] = "changed";

        Assert.Equal("v", doc.Metadata["schema"]!["k"]!.GetValue<string>());
        Assert.Equal("changed", copy.Metadata["schema"]!["k"]!.GetValue<string>());
    }

    [Fact]
    public void Clone_OffsetLocationAndEvaluations_CopiedIndependently()
    {
        var location = new[] { 1f, 2f };
        var doc = new Document { Id = "a", Offset = 3f, Location = location };
        doc.Evaluations["p"] = new NamedScore(0.5);
        location[0] = 9f;

        var copy = doc.Clone();
        copy.Evaluations["p"] = new NamedScore(0.9);

        Assert.Equal(3f, copy.Offset);
        Assert.Equal([1f, 2f], copy.Location!);
        Assert.Equal(0.5, doc.Evaluations["p"].Value);
        Assert.Equal(0.9, copy.Evaluations["p"].Value);
    }

    [Fact]
    public void Embedding_Sparse_ToDensePlacesValues()
    {
        var e = Embedding.Sparse(5, [1, 3], [0.5f, 2f]);
        Assert.True(e.IsSparse);
        Assert.Equal(5, e.Dimension);
        Assert.Equal(new[] { 0f, 0.5f, 0f, 2f, 0f }, e.ToDense());
    }

    [Fact]
    public void Embedding_SparseIndexOutOfRange_Throws()
    {
        Assert.Throws<ArgumentException>(() => Embedding.Sparse(3, [0, 3], [1f, 1f]));
        Assert.Throws<ArgumentException>(() => Embedding.Sparse(3, [2, 1], [1f, 1f]));
        Assert.Throws<ArgumentException>(() => Embedding.Sparse(3, [0], [1f, 1f]));
    }

    [Fact]
    public void Tensor_ShapeMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Tensor([1f, 2f, 3f], [2, 2]));
        Assert.Equal(new[] { 2, 2 }, new Tensor([1f, 2f, 3f, 4f], [2, 2]).Shape.ToArray());
    }
}
