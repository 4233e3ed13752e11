using System.Globalization;
using Flow.Actors.Client;
using Flow.Core.Documents;
using Flow.Samples.TextSearch.Executors;

namespace Flow.Samples.TextSearch.App;

/// <summary>
/// Measures the ranking on an answer key (<c>query&lt;TAB&gt;member name</c> lines): per query the rank
/// of the expected member in the top 5, then hits at 1 and 3 and the mean reciprocal rank.
/// </summary>
internal static class Evaluation
{
    /// <summary>Runs every query of <paramref name="file"/> through <paramref name="client"/> and prints the measures.</summary>
    /// <param name="client">A client of the running, indexed Flow.</param>
    /// <param name="file">The answer key.</param>
    /// <param name="output">Where to print.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The mean reciprocal rank (0 when a query's member is not in the top 5).</returns>
    public static async Task<double> RunAsync(FlowClient client, string file, TextWriter output, CancellationToken cancellationToken)
    {
        var cases = File.ReadLines(file)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        var queries = cases.Select(c => new Document(c[0])).ToList();
        var answers = await client.PostAsync("/search", queries, cancellationToken: cancellationToken).ConfigureAwait(false);
        int top1 = 0, top3 = 0;
        var reciprocal = 0.0;
        for (var i = 0; i < cases.Count; i++)
        {
            var names = answers[i].Matches.Select(m => m.Tags[DocFields.Name]?.GetValue<string>()).ToList();
            var rank = names.IndexOf(cases[i][1]) + 1;
            top1 += rank == 1 ? 1 : 0;
            top3 += rank is >= 1 and <= 3 ? 1 : 0;
            reciprocal += rank > 0 ? 1.0 / rank : 0;
            output.WriteLine($"{(rank > 0 ? rank.ToString(CultureInfo.InvariantCulture) : "-")}  {cases[i][0]}  →  {cases[i][1]}{(rank == 1 ? string.Empty : $"  (got {names.FirstOrDefault()})")}");
        }

        var mrr = reciprocal / cases.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cases.Count} queries: top-1 {top1}, top-3 {top3}, MRR@5 {mrr:F3}"));
        return mrr;
    }
}
