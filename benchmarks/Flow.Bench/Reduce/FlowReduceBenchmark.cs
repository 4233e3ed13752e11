using System.Diagnostics;
using System.Text.Json.Nodes;
using Flow.Actors.Hosting;
using Flow.Bench.Common;
using Flow.Bench.Executors;
using Flow.Bench.RawAkka;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Reduce;

namespace Flow.Bench.Reduce;

/// <summary>
/// Shards polled ALL, with reduce: 10 shards each add 20 matches to each of 100 query documents, and the results are
/// reduced in shard order (20,000 matches per request). Measures the reduce alone (what the aggregator runs) and the
/// request end to end, beside raw Akka doing the same end to end (a gateway actor scattering to 10 sharded entities
/// and reducing with the same reducer) in the same run.
/// Options: <c>--requests N</c> per run (50), <c>--repeat N</c> (3).
/// </summary>
internal static class FlowReduceBenchmark
{
    private const int Shards = 10;
    private const int Queries = 100;
    private const int Matches = 20;
    private const int PerRequest = Shards * Queries * Matches;

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = BenchOptions.Int(args, "--requests", 50);
        var repeat = BenchOptions.Int(args, "--repeat", 3);
        Machine.PrintHeader("flow-reduce", $"{Shards} shards x {Queries} docs x {Matches} matches, polling ALL");

        ReduceOnly(requests);
        var reduceRates = new List<double>();
        var reduceCpuRates = new List<double>();
        for (var r = 0; r < repeat; r++)
        {
            var (wall, cpu) = ReduceOnly(requests);
            reduceRates.Add(wall);
            reduceCpuRates.Add(cpu);
            Console.WriteLine($"flow-reduce-only-run-{r + 1}: {wall:0} matches/s, {cpu:0} matches per CPU second (load {Machine.LoadAverage()})");
        }

        var flow = new FlowBuilder().Add<MatchingExecutor>("idx", shards: Shards, polling: "ALL", usesWith: new JsonObject { ["matches"] = Matches }).Build();
        await using var host = await FlowHost.StartAsync(flow);
        var raw = await RawAkkaCluster.StartAsync(RawAkkaConfig.Create(tuned: true));
        try
        {
            var scatter = await AkkaScatter.StartAsync(raw, Shards, Matches);
            var queries = CreateQueries();
            var check = await host.Client.PostAsync("/search", queries);
            var rawCheck = await scatter.SendAsync(queries);
            if (check.Count != Queries || check[0].Matches.Count != Shards * Matches || rawCheck[0].Matches.Count != Shards * Matches)
            {
                Console.Error.WriteLine($"flow-reduce: wrong result: {check.Count} docs, {check[0].Matches.Count} matches (raw Akka: {rawCheck[0].Matches.Count})");
                return 1;
            }

            await TimeAsync(() => host.Client.PostAsync("/search", queries), requests);
            await TimeAsync(() => scatter.SendAsync(queries), requests);
            var e2e = new List<double>();
            var akka = new List<double>();
            for (var r = 0; r < repeat; r++)
            {
                e2e.Add(await TimeAsync(() => host.Client.PostAsync("/search", queries), requests));
                akka.Add(await TimeAsync(() => scatter.SendAsync(queries), requests));
                Console.WriteLine($"flow-reduce-e2e-run-{r + 1}: {e2e[^1]:0} matches/s, akka-scatter {akka[^1]:0} matches/s (sequential requests, load {Machine.LoadAverage()})");
            }

            var ratio = Stats.Median(e2e) / Stats.Median(akka);
            Console.WriteLine($"flow-reduce-e2e: {Stats.Median(e2e):0} matches/s (end to end incl. executors, akka-scatter={Stats.Median(akka):0} matches/s, ratio={ratio:0.00}, median of {repeat})");
        }
        finally
        {
            await raw.Terminate();
        }

        Console.WriteLine($"flow-reduce-only-cpu: {Stats.Median(reduceCpuRates):0} matches per CPU second (the reduce's own thread time: what the machine's load does not change, median of {repeat})");
        Console.WriteLine($"flow-reduce: {Stats.Median(reduceRates):0} matches/s (reduce of {Shards} shards x {Queries} docs x {Matches} matches, median of {repeat})");
        return 0;
    }

    private static DocumentArray CreateQueries()
    {
        var queries = new DocumentArray();
        for (var i = 0; i < Queries; i++)
        {
            queries.Add(new Document { Id = "q" + i, Text = "query " + i });
        }

        return queries;
    }

    /// <summary>Sequential requests; matches per second.</summary>
    private static async Task<double> TimeAsync(Func<Task> send, int requests)
    {
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            await send();
        }

        return PerRequest * (double)requests / sw.Elapsed.TotalSeconds;
    }

    /// <summary>The reduce alone, single-threaded: matches per wall second and per CPU second of this thread.</summary>
    private static (double Wall, double Cpu) ReduceOnly(int requests)
    {
        var elapsed = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
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
            var cpuStart = ThreadCpu.Now();
            DocumentReducer.ReduceAll(parts);
            cpu += ThreadCpu.Now() - cpuStart;
            elapsed += Stopwatch.GetElapsedTime(start);
        }

        var matches = (double)PerRequest * requests;
        return (matches / elapsed.TotalSeconds, cpu > TimeSpan.Zero ? matches / cpu.TotalSeconds : 0);
    }
}
