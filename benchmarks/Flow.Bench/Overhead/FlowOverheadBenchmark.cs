using System.Globalization;
using Flow.Bench.Common;

namespace Flow.Bench.Overhead;

/// <summary>
/// Flow overhead against raw Akka in the same run: a Flow of 3 no-op executors in a chain (1-document requests,
/// through FlowClient) with <c>flow.gateway.cache-entity-refs</c> on and off, and raw Akka's gateway actor → 3 sharded
/// entities → caller with plain Tell. Rounds interleave the three so that each ratio compares runs seconds apart
/// on this shared machine. Throughput with 64 closed-loop callers (p50 / p99 under that load), then p50 / p99 at
/// light load (one caller), then bytes allocated per request.
/// Options: <c>--seconds N</c> per throughput run (3), <c>--callers N</c> (64), <c>--repeat N</c> rounds (3),
/// <c>--latency-requests N</c> (20000).
/// </summary>
internal static class FlowOverheadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = BenchOptions.Int(args, "--seconds", 3);
        var callers = BenchOptions.Int(args, "--callers", 64);
        var repeat = BenchOptions.Int(args, "--repeat", 3);
        var latencyRequests = BenchOptions.Int(args, "--latency-requests", 20_000);
        Machine.PrintHeader("flow-overhead", "3 no-op executors in a chain vs raw Akka's 3-hop sharded chain, 1-doc requests");

        OverheadTarget[] targets =
        [
            await OverheadTargets.AkkaChainAsync(),
            await OverheadTargets.FlowAsync(cacheEntityRefs: true),
            await OverheadTargets.FlowAsync(cacheEntityRefs: false),
        ];
        try
        {
            foreach (var t in targets)
            {
                // Warm-up: long enough for tiered compilation to settle on the hot path.
                await LoadGenerator.ThroughputAsync(t.Send, callers, TimeSpan.FromSeconds(2));
                await LoadGenerator.LatencyAsync(t.Send, 5_000);
            }

            var rates = Samples(targets.Length);
            var loadedP50 = Samples(targets.Length);
            var loadedP99 = Samples(targets.Length);
            var ratios = Samples(targets.Length);
            for (var r = 0; r < repeat; r++)
            {
                for (var i = 0; i < targets.Length; i++)
                {
                    var result = await LoadGenerator.ThroughputAsync(targets[i].Send, callers, TimeSpan.FromSeconds(seconds));
                    rates[i].Add(result.Rate);
                    loadedP50[i].Add(result.P50);
                    loadedP99[i].Add(result.P99);
                    Console.WriteLine($"{targets[i].Name}-run-{r + 1}: {result.Rate:0} requests/s, p50 {result.P50:0.0} us, p99 {result.P99:0.0} us (callers={callers}, load {Machine.LoadAverage()})");
                }

                for (var i = 1; i < targets.Length; i++)
                {
                    ratios[i].Add(rates[i][r] / rates[0][r]);
                }
            }

            var p50 = Samples(targets.Length);
            var p99 = Samples(targets.Length);
            for (var r = 0; r < repeat; r++)
            {
                for (var i = 0; i < targets.Length; i++)
                {
                    var result = await LoadGenerator.LatencyAsync(targets[i].Send, latencyRequests);
                    p50[i].Add(result.P50);
                    p99[i].Add(result.P99);
                    Console.WriteLine($"{targets[i].Name}-latency-run-{r + 1}: p50 {result.P50:0.0} us, p99 {result.P99:0.0} us (callers=1)");
                }
            }

            foreach (var t in targets)
            {
                Console.WriteLine($"{t.Name}-allocations: {await LoadGenerator.AllocationsAsync(t.Send, 20_000)} bytes/request (callers=1, whole process)");
            }

            for (var i = 0; i < targets.Length; i++)
            {
                Console.WriteLine($"{targets[i].Name}-latency: p50 {Stats.Median(p50[i]):0.0} us, p99 {Stats.Median(p99[i]):0.0} us (callers=1, median of {repeat})");
            }

            for (var i = 0; i < targets.Length; i++)
            {
                var ratio = i == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", akka-chain={Stats.Median(ratios[i]):0.00}");
                Console.WriteLine($"{targets[i].Name}-throughput: {Stats.Median(rates[i]):0} requests/s, p50 {Stats.Median(loadedP50[i]):0.0} us, p99 {Stats.Median(loadedP99[i]):0.0} us (callers={callers}, median of {repeat}{ratio})");
            }

            Console.WriteLine($"flow-cache-off/flow: {Stats.Median(rates[2]) / Stats.Median(rates[1]):0.00} (throughput with cache-entity-refs off over on)");
            Console.WriteLine($"flow-overhead: {Stats.Median(rates[1]):0} requests/s (callers={callers}, akka-chain={Stats.Median(ratios[1]):0.00}, median of {repeat})");
            return 0;
        }
        finally
        {
            foreach (var t in targets)
            {
                await t.StopAsync();
            }
        }
    }

    private static List<double>[] Samples(int n)
    {
        var lists = new List<double>[n];
        for (var i = 0; i < n; i++)
        {
            lists[i] = [];
        }

        return lists;
    }
}
