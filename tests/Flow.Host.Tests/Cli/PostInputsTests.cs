using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Host.Cli;

namespace Flow.Host.Tests.Cli;

public sealed class PostInputsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "flow-post-" + Guid.NewGuid().ToString("N") + ".json");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Documents_TextsThenJsonFileInDocarrayJson_EveryFieldRead()
    {
        File.WriteAllText(_file, """
            [{"id": "a", "text": "x", "tags": {"k": 1}, "embedding": [1, 2.5], "blob": "AQI=", "mime_type": "text/plain",
              "chunks": [{"id": "a-c", "text": "chunk"}], "evaluations": {"p": {"value": 0.5}}},
             "plain"]
            """);

        var docs = PostInputs.Documents(["first"], new FileInfo(_file));

        Assert.Equal(["first", "x", "plain"], docs.Select(d => d.Text));
        var a = docs[1];
        Assert.Equal(("a", "text/plain"), (a.Id, a.MimeType));
        Assert.Equal(1L, a.Tags["k"]!.GetValue<long>());
        Assert.Equal(Embedding.Dense([1f, 2.5f]), a.Embedding);
        Assert.Equal([1, 2], a.Blob.ToArray());
        Assert.Equal("chunk", a.Chunks["a-c"].Text);
        Assert.Equal(0.5, a.Evaluations["p"].Value);
    }

    [Fact]
    public void Documents_FieldOfTheWrongType_ErrorNamesTheFileAndTheField()
    {
        File.WriteAllText(_file, """[{"id": "a"}, {"text": 5}]""");

        var e = Assert.Throws<FormatException>(() => PostInputs.Documents([], new FileInfo(_file)));

        Assert.StartsWith(_file + ": documents[1].text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_NotAList_ErrorNamesTheFile()
    {
        File.WriteAllText(_file, """{"id": "a"}""");

        var e = Assert.Throws<FormatException>(() => PostInputs.Documents([], new FileInfo(_file)));

        Assert.StartsWith(_file + ": documents", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_ResultDocument_OneLineOfDocarrayJsonWithMatchesScoresAndEmbedding()
    {
        var doc = new Document { Id = "q", Text = "query", Embedding = Embedding.Dense([0.5f]) };
        doc.Matches.Add(new Document { Id = "m", Scores = { ["cosine"] = new NamedScore(0.25) } });

        var line = PostInputs.ToJson(doc);

        Assert.DoesNotContain('\n', line);
        var json = JsonNode.Parse(line)!;
        Assert.Equal(("q", "query"), (json["id"]!.GetValue<string>(), json["text"]!.GetValue<string>()));
        Assert.Equal(0.5f, json["embedding"]![0]!.GetValue<float>());
        Assert.Equal("m", json["matches"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(0.25, json["matches"]![0]!["scores"]!["cosine"]!["value"]!.GetValue<double>());
    }
}
