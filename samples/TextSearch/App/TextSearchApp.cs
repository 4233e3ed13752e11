using System.Diagnostics;
using System.Globalization;
using Flow.Actors.Client;
using Flow.Core.Documents;
using Flow.Samples.TextSearch.Cli;
using Flow.Samples.TextSearch.Corpus;
using Flow.Samples.TextSearch.Executors;

namespace Flow.Samples.TextSearch.App;

/// <summary>
/// The sample end to end: starts the Flow embedded (or connects to it on a cluster, <c>--contact</c>), asks
/// the indexer shards how many documents they reloaded from their workspaces (<c>/status</c>), indexes the
/// corpus when they hold none (then <c>/persist</c>), searches, and prints the top results as <c>&lt;rank&gt;. &lt;member name&gt;  &lt;score&gt;</c>.
/// </summary>
internal static class TextSearchApp
{
    /// <summary>Documents per <c>/index</c> request.</summary>
    public const int RequestSize = 256;

    /// <summary>Runs the sample.</summary>
    /// <param name="options">The parsed command line.</param>
    /// <param name="output">Where results and progress go.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The ranked results (member name, score), best first.</returns>
    public static async Task<IReadOnlyList<(string Name, double Score)>> RunAsync(SearchOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        await using var flow = await FlowConnection.OpenAsync(options, cancellationToken).ConfigureAwait(false);
        var client = flow.Client;
        var stored = await CountStoredAsync(client, cancellationToken).ConfigureAwait(false);
        if (stored > 0)
        {
            output.WriteLine($"Reloaded {stored:N0} members from the shards' workspaces in {flow.WorkspaceDescription} ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        else
        {
            var docs = XmlDocCorpus.LoadDocuments(SdkReferenceDocs.Resolve(options.Corpus));
            await IndexProgress.RunAsync(output, docs.Count, progress => IndexAsync(client, docs, progress, cancellationToken)).ConfigureAwait(false);
            await client.PostAsync("/persist", [new Document { Id = "persist" }], cancellationToken: cancellationToken).ConfigureAwait(false);
            output.WriteLine($"Indexed {docs.Count:N0} members into {flow.WorkspaceDescription} in {clock.Elapsed.TotalSeconds:F1} s");
        }

        if (options.EvalFile is { } evalFile)
        {
            await Evaluation.RunAsync(client, evalFile, output, cancellationToken).ConfigureAwait(false);
            return [];
        }

        var answer = await client.PostAsync("/search", [new Document(options.Query)], cancellationToken: cancellationToken).ConfigureAwait(false);
        var results = new List<(string Name, double Score)>();
        foreach (var match in answer[0].Matches)
        {
            var name = match.Tags[DocFields.Name]?.GetValue<string>() ?? match.Id;
            var score = match.Scores[DocFields.Cosine].Value;
            results.Add((name, score));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count}. {name}  {score:F4}"));
        }

        if (results.Count == 0)
        {
            output.WriteLine("No results.");
        }

        return results;
    }

    /// <summary>Posts the corpus to <c>/index</c>, dropping the responses as they come (the shards keep what matters).</summary>
    private static async Task IndexAsync(FlowClient client, List<Document> docs, IProgress<FlowProgress> progress, CancellationToken cancellationToken)
    {
        var options = new PostOptions { RequestSize = RequestSize, Prefetch = 8, Progress = progress };
        await foreach (var response in client.StreamAsync("/index", docs, options, cancellationToken).ConfigureAwait(false))
        {
            response.Docs = [];
        }
    }

    /// <summary>Sums the <c>rows</c> that every indexer shard reports for <c>/status</c> (polled on ALL shards).</summary>
    private static async Task<long> CountStoredAsync(FlowClient client, CancellationToken cancellationToken)
    {
        var status = await client.PostAsync("/status", [new Document { Id = "status" }], cancellationToken: cancellationToken).ConfigureAwait(false);
        long rows = 0;
        foreach (var match in status[0].Matches)
        {
            if (match.Scores.TryGetValue(DocFields.Rows, out var score))
            {
                rows += (long)score.Value;
            }
        }

        return rows;
    }
}
