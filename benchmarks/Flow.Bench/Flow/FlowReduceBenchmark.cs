using System.Diagnostics;
using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Actors.Hosting;
using Flow.Core.Reduce;

namespace Flow.Bench.Flow;

/// <summary>
/// Shards ALL with reduce: 10 shards each add 20 matches to each of 100 query documents; the gateway's
/// aggregator reduces the 10 results in shard order (20,000 matches per request). Reports the reduce alone on
/// the same data (what the aggregator does) and the whole request end to end.
/// Options: <c>--requests N</c> per run (50), <c>--repeat N</c> (3).
/// </summary>
internal static class FlowReduceBenchmark
{
    private const int Shards = 10;
    private const int Queries = 100;
    private const int Matches = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = BenchOptions.Int(args, "--requests", 50);
        var repeat = BenchOptions.Int(args, "--repeat", 3);
        const int perRequest = Shards * Queries * Matches;

        ReduceOnly(20);
        var reduceRates = new List<double>();
        for (var r = 0; r < repeat; r++)
        {
            reduceRates.Add(ReduceOnly(requests));
            Console.WriteLine($"flow-reduce-only-run-{r + 1}: {reduceRates[^1]:0} matches/s (shards={Shards}, queries={Queries}, matches={Matches})");
        }

        var flow = new FlowBuilder().Add<MatchingExecutor>("idx", shards: Shards, polling: "ALL", usesWith: new JsonObject { ["matches"] = Matches }).Build();
        await using var host = await FlowHost.StartAsync(flow);
        var queries = new DocumentArray();
        for (var i = 0; i < Queries; i++)
        {
            queries.Add(new Document { Id = "q" + i, Text = "query " + i });
        }

        var check = await host.Client.PostAsync("/search", queries);
        if (check.Count != Queries || check[0].Matches.Count != Shards * Matches)
        {
            Console.Error.WriteLine($"flow-reduce: wrong result: {check.Count} docs, {check[0].Matches.Count} matches");
            return 1;
        }

        var e2e = new List<double>();
        for (var r = 0; r < repeat; r++)
        {
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < requests; i++)
            {
                await host.Client.PostAsync("/search", queries);
            }

            e2e.Add(perRequest * (double)requests / sw.Elapsed.TotalSeconds);
            Console.WriteLine($"flow-reduce-e2e-run-{r + 1}: {e2e[^1]:0} matches/s (end to end, sequential requests)");
        }

        Console.WriteLine($"flow-reduce-e2e: {BenchOptions.Median(e2e):0} matches/s (end to end incl. executors, median of {repeat})");
        Console.WriteLine($"flow-reduce: {BenchOptions.Median(reduceRates):0} matches/s (reduce of {Shards} shards x {Queries} docs x {Matches} matches, median of {repeat})");
        return 0;
    }

    private static double ReduceOnly(int requests)
    {
        var elapsed = TimeSpan.Zero;
        for (var r = 0; r < requests; r++)
        {
            var parts = new DocumentArray[Shards];
            for (var s = 0; s < Shards; s++)
            {
                var part = new DocumentArray(Queries);
                for (var q = 0; q < Queries; q++)
                {
                    var doc = new Document { Id = "q" + q, Text = "query" };
                    for (var m = 0; m < Matches; m++)
                    {
                        doc.Matches.Add(new Document { Id = $"q{q}-{s}-{m}" });
                    }

                    part.Add(doc);
                }

                parts[s] = part;
            }

            var start = Stopwatch.GetTimestamp();
            DocumentReducer.ReduceAll(parts);
            elapsed += Stopwatch.GetElapsedTime(start);
        }

        return (double)Shards * Queries * Matches * requests / elapsed.TotalSeconds;
    }
}
