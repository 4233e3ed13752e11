using System.Diagnostics;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Actors.Hosting;

namespace Flow.Bench.Flow;

/// <summary>
/// Replicas turn into throughput: an executor that waits 50 ms per request, 200 one-document requests posted at
/// once (no prefetch limit), replicas 1, 2, 4, 8, 16; wall time against the ideal 10 s / replicas.
/// Options: <c>--requests N</c> (200), <c>--repeat N</c> (3).
/// </summary>
internal static class FlowReplicasBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = BenchOptions.Int(args, "--requests", 200);
        var repeat = BenchOptions.Int(args, "--repeat", 3);
        var worst = 0.0;
        foreach (var replicas in new[] { 1, 2, 4, 8, 16 })
        {
            var flow = new FlowBuilder().Add<SlowExecutor>("slow", replicas: replicas).Build();
            await using var host = await FlowHost.StartAsync(flow);
            var docs = new DocumentArray();
            for (var i = 0; i < requests; i++)
            {
                docs.Add(new Document { Id = "d" + i });
            }

            var samples = new List<double>();
            for (var r = 0; r < repeat; r++)
            {
                var sw = Stopwatch.StartNew();
                await host.Client.PostAsync("/index", docs, new() { RequestSize = 1 });
                samples.Add(sw.Elapsed.TotalSeconds);
            }

            var median = BenchOptions.Median(samples);
            var ideal = requests * 0.05 / replicas;
            var off = (median - ideal) / ideal * 100;
            worst = Math.Max(worst, Math.Abs(off));
            Console.WriteLine($"flow-replicas-{replicas}: {median:0.000} s (ideal={ideal:0.000} s, off={off:+0.0;-0.0}%, median of {repeat})");
        }

        Console.WriteLine($"flow-replicas: {worst:0.0} % worst deviation from 10 s / replicas (replicas=1,2,4,8,16)");
        return 0;
    }
}
