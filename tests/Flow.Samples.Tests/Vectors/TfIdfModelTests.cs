using Flow.Samples.TextSearch.Vectors;
using Flow.Samples.Tests.Support;

namespace Flow.Samples.Tests.Vectors;

public sealed class TfIdfModelTests
{
    private static TfIdfModel Tiny() => TfIdfModel.Fit([["cherry", "apple"], ["apple", "banana", "banana"]]);

    [Fact]
    public void Fit_TinyCorpus_OrdinalVocabularyAndSmoothedIdf()
    {
        var model = Tiny();

        Assert.Equal(["apple", "banana", "cherry"], model.Terms);
        Assert.Equal(2, model.DocumentCount);
        Assert.Equal(1f, model.Idf(0));                                  // ln(3/3) + 1
        Assert.Equal(1.4054651f, model.Idf(1), 6);                       // ln(3/2) + 1
        Assert.Equal(1.4054651f, model.Idf(2), 6);
    }

    [Fact]
    public void Transform_RepeatedTerm_TfTimesIdfL2Normalised()
    {
        var embedding = Tiny().Transform(["banana", "apple", "banana", "unknown"]);

        // apple: 1 * 1 = 1; banana: 2 * 1.4054651 = 2.8109; then divided by the norm 2.9835.
        Assert.True(embedding.IsSparse);
        Assert.Equal(3, embedding.Dimension);
        Assert.Equal([0, 1], embedding.Indices.ToArray());
        var values = embedding.Values.ToArray();
        Assert.Equal(0.33517574f, values[0], 6);
        Assert.Equal(0.94215562f, values[1], 6);
    }

    [Fact]
    public void Transform_NoKnownTerm_EmptySparseVector()
    {
        var embedding = Tiny().Transform(["durian"]);

        Assert.Equal(0, embedding.Values.Length);
        Assert.Equal(3, embedding.Dimension);
    }

    [Fact]
    public void Save_Load_RoundTripsVocabularyAndIdf()
    {
        using var temp = new TempDirectory();
        var path = temp.Sub("tfidf.model");
        var model = Tiny();

        TfIdfModelFile.Save(model, path);
        var loaded = TfIdfModelFile.Load(path);

        Assert.Equal(model.Terms, loaded.Terms);
        Assert.Equal(model.DocumentCount, loaded.DocumentCount);
        Assert.Equal(model.Transform(["banana", "cherry"]), loaded.Transform(["banana", "cherry"]));
    }

    [Fact]
    public void Fit_SameCorpusTwice_IdenticalModelFiles()
    {
        using var temp = new TempDirectory();
        var corpus = SyntheticCorpus.WriteTo(temp.Sub("docs"));

        TfIdfModelFile.Save(TfIdfModelCache.Fit(corpus), temp.Sub("a.model"));
        TfIdfModelFile.Save(TfIdfModelCache.Fit(corpus), temp.Sub("b.model"));

        Assert.Equal(File.ReadAllBytes(temp.Sub("a.model")), File.ReadAllBytes(temp.Sub("b.model")));
    }
}
