using System.Diagnostics;
using Flow.Actors.Client;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Actors.Hosting;
using Flow.Core.Requests;

namespace Flow.Bench.Flow;

/// <summary>
/// Flow overhead: a chain of 3 no-op executors, 1-document requests. Throughput with 64 concurrent callers
/// (each sends its next request when the previous answered) and p50 / p99 latency with one caller (light load).
/// Options: <c>--seconds N</c> per throughput run (default 3), <c>--callers N</c> (64), <c>--repeat N</c> (3).
/// </summary>
internal static class FlowOverheadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = BenchOptions.Int(args, "--seconds", 3);
        var callers = BenchOptions.Int(args, "--callers", 64);
        var repeat = BenchOptions.Int(args, "--repeat", 3);
        Console.WriteLine($"flow-overhead: chain of 3 no-op executors, 1-doc requests, {Environment.ProcessorCount} cores, server GC: {System.Runtime.GCSettings.IsServerGC}");
        var flow = new FlowBuilder().Add<NoOpExecutor>("e1").Add<NoOpExecutor>("e2").Add<NoOpExecutor>("e3").Build();
        await using var host = await FlowHost.StartAsync(flow);

        var probe = await host.Client.SendAsync(Request());
        if (probe.Status != ResponseStatus.Ok || probe.Routes.Count != 4) // the gateway and the three executors
        {
            Console.Error.WriteLine($"flow-overhead: unexpected response: {probe.Status} {probe.Error?.Description} routes={probe.Routes.Count}");
            return 1;
        }

        await ThroughputAsync(host.Client, callers, TimeSpan.FromSeconds(1)); // warm-up
        var rates = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            var rate = await ThroughputAsync(host.Client, callers, TimeSpan.FromSeconds(seconds));
            rates.Add(rate);
            Console.WriteLine($"flow-overhead-run-{i + 1}: {rate:0} requests/s (callers={callers})");
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        const int allocationRequests = 20_000;
        for (var i = 0; i < allocationRequests; i++)
        {
            await host.Client.SendAsync(Request());
        }

        var perRequest = (GC.GetTotalAllocatedBytes(precise: true) - before) / allocationRequests;
        Console.WriteLine($"flow-allocations: {perRequest} bytes/request (callers=1, whole process)");

        var p50s = new List<double>();
        var p99s = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            var (p50, p99) = await LatencyAsync(host.Client, 20_000);
            p50s.Add(p50);
            p99s.Add(p99);
            Console.WriteLine($"flow-latency-run-{i + 1}: p50 {p50:0.0} us, p99 {p99:0.0} us (callers=1)");
        }

        var blocked = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            blocked.Add(BlockingLatency(host.Client, 5_000));
            Console.WriteLine($"flow-latency-blocking-run-{i + 1}: p50 {blocked[^1]:0.0} us (callers=1, dedicated thread waiting on each response)");
        }

        Console.WriteLine($"flow-latency-blocking-p50: {BenchOptions.Median(blocked):0.0} us (callers=1, dedicated thread, every hop crosses threads, median of {repeat})");
        Console.WriteLine($"flow-latency-p99: {BenchOptions.Median(p99s):0.0} us (callers=1, median of {repeat})");
        Console.WriteLine($"flow-latency-p50: {BenchOptions.Median(p50s):0.0} us (callers=1, median of {repeat})");
        Console.WriteLine($"flow-overhead: {BenchOptions.Median(rates):0} requests/s (callers={callers}, median of {repeat})");
        return 0;
    }

    private static async Task<double> ThroughputAsync(FlowClient client, int callers, TimeSpan duration)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counts = new long[callers];
        var sw = Stopwatch.StartNew();
        var tasks = new Task[callers];
        for (var c = 0; c < callers; c++)
        {
            var caller = c;
            tasks[c] = Task.Run(async () =>
            {
                long n = 0;
                while (Stopwatch.GetTimestamp() < stop)
                {
                    await client.SendAsync(Request()).ConfigureAwait(false);
                    n++;
                }

                counts[caller] = n;
            });
        }

        await Task.WhenAll(tasks);
        sw.Stop();
        return counts.Sum() / sw.Elapsed.TotalSeconds;
    }

    private static async Task<(double P50, double P99)> LatencyAsync(FlowClient client, int requests)
    {
        var samples = new double[requests];
        var total = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await client.SendAsync(Request()).ConfigureAwait(false);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Console.WriteLine($"flow-latency-mean: {total.Elapsed.TotalMicroseconds / requests:0.0} us (callers=1)");

        Array.Sort(samples);
        return (samples[requests / 2], samples[requests * 99 / 100]);
    }

    /// <summary>A caller on its own thread that blocks on each response: the reply always crosses threads.</summary>
    private static double BlockingLatency(FlowClient client, int requests)
    {
        var samples = new double[requests];
        var thread = new Thread(() =>
        {
            for (var i = 0; i < requests; i++)
            {
                var start = Stopwatch.GetTimestamp();
                client.SendAsync(Request()).GetAwaiter().GetResult();
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        });
        thread.Start();
        thread.Join();
        Array.Sort(samples);
        return samples[requests / 2];
    }

    private static FlowRequest Request() => new("/index", new DocumentArray(1) { new Document { Id = "q", Text = "hello" } });
}
