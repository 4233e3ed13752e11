using Flow.Samples.TextSearch.Corpus;
using Flow.Samples.TextSearch.Executors;
using Flow.Samples.Tests.Executors;
using Flow.Samples.Tests.Support;
using Flow.Core.Documents;
using System.Text.Json.Nodes;

namespace Flow.Samples.Tests.Corpus;

public sealed class SdkReferenceDocsTests
{
    private const string Slice = "System.IO.FileSystem.DriveInfo.xml";

    [Fact]
    public void Locate_RunningSdk_FindsReferenceXmlDocs()
    {
        var dir = SdkReferenceDocs.Locate();

        Assert.NotNull(dir);
        Assert.True(File.Exists(Path.Combine(dir, "System.Runtime.xml")), dir);
        Assert.EndsWith(Path.Combine("ref", $"net{Environment.Version.Major}.{Environment.Version.Minor}"), dir, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RealSlice_DriveInfoDocs_LoadExtractAndFindGetDrives()
    {
        using var temp = new TempDirectory();
        var docs = temp.Sub("docs");
        Directory.CreateDirectory(docs);
        File.Copy(Path.Combine(SdkReferenceDocs.Locate()!, Slice), Path.Combine(docs, Slice));

        var corpus = new DocumentArray(XmlDocCorpus.LoadDocuments(docs));
        var extracted = await ExecutorHarness.Create<MemberTextExtractor>("extractor").InvokeAsync("/index", corpus);
        var vectorizer = ExecutorHarness.Create<TfIdfVectorizer>("vectorizer", temp.Sub("ws"), new JsonObject { ["corpus"] = docs });
        var indexer = ExecutorHarness.Create<SparseVectorIndexer>("indexer", temp.Sub("ws"));
        await indexer.InvokeAsync("/index", await vectorizer.InvokeAsync("/index", extracted));
        var result = await indexer.InvokeAsync("/search", await vectorizer.InvokeAsync("/search", new DocumentArray([new Document("names of all logical drives")])));

        Assert.True(corpus.Count > 10, $"{corpus.Count} members");
        var getDrives = extracted["M:System.IO.DriveInfo.GetDrives"];
        Assert.Equal("System.IO.DriveInfo.GetDrives DriveInfo.GetDrives: Retrieves the drive names of all logical drives on a computer.", getDrives.Text);
        Assert.Equal("System.IO.DriveInfo.GetDrives", result[0].Matches[0].Tags["name"]!.GetValue<string>());
    }
}
