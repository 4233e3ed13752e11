using System.Globalization;
using Flow.Bench.Common;

namespace Flow.Bench.Overhead;

/// <summary>
/// Flow overhead against raw Akka in the same run: a Flow of 3 no-op executors in a chain (1-document requests,
/// through FlowClient) with <c>flow.gateway.cache-entity-refs</c> on and off, and raw Akka's gateway actor → 3 sharded
/// entities → caller with plain Tell; and raw Akka sending the messages Flow sends (akka-flow-shape: per executor
/// gateway → entity → worker → entity → gateway), which splits Flow's cost into its message pattern and its
/// per-message work. Rounds interleave the three so that each ratio compares runs seconds apart
/// on this shared machine. Throughput with 64 closed-loop callers (p50 / p99 under that load), then p50 / p99 at
/// light load (one caller), then bytes allocated per request.
/// Options: <c>--seconds N</c> per throughput run (3), <c>--callers N</c> (64), <c>--repeat N</c> rounds (3),
/// <c>--latency-requests N</c> (20000), <c>--targets a,b</c> (a subset, e.g. to profile one; the first is the ratios' base), <c>--allocation-types</c> (sampled allocations by type).
/// </summary>
internal static class FlowOverheadBenchmark
{
    private const string AkkaChain = "akka-chain";
    private const string FlowCacheOn = "flow";
    private const string FlowCacheOff = "flow-cache-off";
    private const string AkkaFlowShape = "akka-flow-shape";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = BenchOptions.Int(args, "--seconds", 3);
        var callers = BenchOptions.Int(args, "--callers", 64);
        var repeat = BenchOptions.Int(args, "--repeat", 3);
        var latencyRequests = BenchOptions.Int(args, "--latency-requests", 20_000);
        Machine.PrintHeader("flow-overhead", "3 no-op executors in a chain vs raw Akka's 3-hop sharded chain, 1-doc requests");

        var only = BenchOptions.String(args, "--targets")?.Split(',') ?? [AkkaChain, FlowCacheOn, FlowCacheOff, AkkaFlowShape];
        var targets = new List<OverheadTarget>();
        foreach (var name in only)
        {
            targets.Add(name switch
            {
                AkkaChain => await OverheadTargets.AkkaChainAsync(),
                FlowCacheOn => await OverheadTargets.FlowAsync(cacheEntityRefs: true),
                FlowCacheOff => await OverheadTargets.FlowAsync(cacheEntityRefs: false),
                AkkaFlowShape => await OverheadTargets.AkkaFlowShapeAsync(),
                _ => throw new ArgumentException($"unknown target '{name}' ({AkkaChain}, {FlowCacheOn}, {FlowCacheOff}, {AkkaFlowShape})"),
            });
        }

        try
        {
            foreach (var t in targets)
            {
                // Warm-up: long enough for tiered compilation to settle on the hot path.
                await LoadGenerator.ThroughputAsync(t.Send, callers, TimeSpan.FromSeconds(2));
                await LoadGenerator.LatencyAsync(t.Send, 5_000);
            }

            var rates = Samples(targets.Count);
            var loadedP50 = Samples(targets.Count);
            var loadedP99 = Samples(targets.Count);
            var ratios = Samples(targets.Count);
            var perCpu = Samples(targets.Count);
            for (var r = 0; r < repeat; r++)
            {
                for (var i = 0; i < targets.Count; i++)
                {
                    var result = await LoadGenerator.ThroughputAsync(targets[i].Send, callers, TimeSpan.FromSeconds(seconds));
                    rates[i].Add(result.Rate);
                    loadedP50[i].Add(result.P50);
                    loadedP99[i].Add(result.P99);
                    perCpu[i].Add(result.PerCpuSecond);
                    Console.WriteLine($"{targets[i].Name}-run-{r + 1}: {result.Rate:0} requests/s, {result.PerCpuSecond:0} per CPU second, mean {callers / result.Rate * 1e6:0.0} us, p50 {result.P50:0.0} us, p99 {result.P99:0.0} us (callers={callers}, load {Machine.LoadAverage()})");
                }

                for (var i = 0; i < targets.Count; i++)
                {
                    ratios[i].Add(rates[i][r] / rates[0][r]);
                }
            }

            var p50 = Samples(targets.Count);
            var p99 = Samples(targets.Count);
            for (var r = 0; r < repeat; r++)
            {
                for (var i = 0; i < targets.Count; i++)
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
                if (BenchOptions.Flag(args, "--allocation-types"))
                {
                    using var sampler = new AllocationSampler();
                    sampler.Start();
                    await LoadGenerator.AllocationsAsync(t.Send, 200_000);
                    sampler.Stop();
                    sampler.Print(t.Name, 25, 200_000);
                }
            }

            for (var i = 0; i < targets.Count; i++)
            {
                Console.WriteLine($"{targets[i].Name}-latency: p50 {Stats.Median(p50[i]):0.0} us, p99 {Stats.Median(p99[i]):0.0} us (callers=1, median of {repeat})");
            }

            for (var i = 0; i < targets.Count; i++)
            {
                var ratio = i == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {targets[0].Name}={Stats.Median(ratios[i]):0.00}");
                Console.WriteLine($"{targets[i].Name}-throughput: {Stats.Median(rates[i]):0} requests/s ({Stats.Median(perCpu[i]):0} per CPU second of the process), p50 {Stats.Median(loadedP50[i]):0.0} us, p99 {Stats.Median(loadedP99[i]):0.0} us (callers={callers}, median of {repeat}{ratio})");
            }

            if (targets.Count == 4)
            {
                Console.WriteLine($"flow/akka-flow-shape: {Stats.Median(rates[1]) / Stats.Median(rates[3]):0.00} (Flow against raw Akka sending the same messages)");
                Console.WriteLine($"flow-cache-off/flow: {Stats.Median(rates[2]) / Stats.Median(rates[1]):0.00} (throughput with cache-entity-refs off over on)");
                Console.WriteLine($"flow-overhead: {Stats.Median(rates[1]):0} requests/s (callers={callers}, akka-chain={Stats.Median(ratios[1]):0.00}, median of {repeat})");
            }

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
