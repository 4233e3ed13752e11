using Flow.Samples.TextSearch.App;
using Flow.Samples.TextSearch.Cli;
using Flow.Samples.Tests.Support;

namespace Flow.Samples.Tests.EndToEnd;

public sealed class TextSearchAppTests
{
    private static readonly string[] Results =
    [
        "1. Demo.IO.TextFile.ReadAllLines  0.9462",
        "2. Demo.IO.TextFile.ReadLines  0.8499",
        "3. Demo.IO.TextFile.WriteAllText  0.4910",
        "4. Demo.IO.TextFile  0.3666",
    ];

    private static async Task<string[]> RunAsync(SearchOptions options)
    {
        using var output = new StringWriter();
        await TextSearchApp.RunAsync(options, output);
        return output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task Run_FirstThenSecondThenReindex_IndexesReloadsIndexesAgainSameResults()
    {
        using var temp = new TempDirectory();
        var options = new SearchOptions("read all lines of a text file", null, temp.Sub("ws"), SyntheticCorpus.WriteTo(temp.Sub("docs")), false);

        var first = await RunAsync(options);
        var second = await RunAsync(options);
        var third = await RunAsync(options with { Reindex = true });

        Assert.Equal(["indexed 8 / 8 members (100%)"], first.Where(l => l.StartsWith("indexed", StringComparison.Ordinal)));
        Assert.StartsWith("Indexed 8 members into ", first[^5], StringComparison.Ordinal);
        Assert.Equal(Results, first[^4..]);
        Assert.StartsWith("Reloaded 8 members from the shards' workspaces", second[0], StringComparison.Ordinal);
        Assert.Equal(Results, second[1..]);
        Assert.StartsWith("Indexed 8 members into ", third[^5], StringComparison.Ordinal);
        Assert.Equal(Results, third[^4..]);
    }

    [Fact]
    public async Task Run_Eval_PrintsRankPerQueryAndSummary()
    {
        using var temp = new TempDirectory();
        var key = temp.Sub("key.tsv");
        File.WriteAllLines(key, ["# comment", "read all lines of a text file\tDemo.IO.TextFile.ReadAllLines", "download the requested resource\tDemo.Net.WebClient.DownloadString", "sort\tDemo.Nope"]);
        var options = new SearchOptions(string.Empty, null, temp.Sub("ws"), SyntheticCorpus.WriteTo(temp.Sub("docs")), false) { EvalFile = key };

        var output = await RunAsync(options);

        Assert.Equal(
            [
                "1  read all lines of a text file  →  Demo.IO.TextFile.ReadAllLines",
                "1  download the requested resource  →  Demo.Net.WebClient.DownloadString",
                "-  sort  →  Demo.Nope  (got Demo.Collections.Sorter.Sort)",
                "3 queries: top-1 2, top-3 2, MRR@5 0.667",
            ],
            output[^4..]);
    }

    [Theory]
    [InlineData(new string[0], "--query is required")]
    [InlineData(new[] { "--query" }, "--query needs a value")]
    [InlineData(new[] { "--query", "x", "--bogus" }, "unknown argument '--bogus'")]
    public void Parse_BadArguments_SaysWhat(string[] args, string error)
    {
        Assert.False(SearchOptions.TryParse(args, out _, out var message));
        Assert.Equal(error, message);
    }

    [Fact]
    public void Parse_AllOptions_Resolved()
    {
        Assert.True(SearchOptions.TryParse(["--query", "q", "--flow", "f.yml", "--workspace", "ws", "--corpus", "docs", "--reindex"], out var options, out _));

        Assert.Equal(new SearchOptions("q", "f.yml", Path.GetFullPath("ws"), "docs", true), options);
    }
}
