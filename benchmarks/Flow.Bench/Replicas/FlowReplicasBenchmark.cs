using System.Diagnostics;
using Flow.Actors.Hosting;
using Flow.Bench.Common;
using Flow.Bench.Executors;
using Flow.Bench.RawAkka;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Requests;

namespace Flow.Bench.Replicas;

/// <summary>
/// Replicas turn into throughput: one executor that takes 50 ms per request (an awaited delay: no thread held),
/// 200 one-document requests from 64 concurrent callers, replicas 1, 2, 4, 8, 16; wall time against the ideal
/// 10 s / replicas, the most requests seen running at once, and raw Akka doing the same (a sharded entity owning a
/// round-robin pool of workers) in the same run.
/// Options: <c>--requests N</c> (200), <c>--callers N</c> (64), <c>--repeat N</c> (3).
/// </summary>
internal static class FlowReplicasBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = BenchOptions.Int(args, "--requests", 200);
        var callers = BenchOptions.Int(args, "--callers", 64);
        var repeat = BenchOptions.Int(args, "--repeat", 3);
        Machine.PrintHeader("flow-replicas", $"an executor awaiting 50 ms, {requests} requests, {callers} callers");
        var raw = await RawAkkaCluster.StartAsync(RawAkkaConfig.Create(tuned: true));
        var worst = 0.0;
        var worstReplicas = 0;
        try
        {
            foreach (var replicas in new[] { 1, 2, 4, 8, 16 })
            {
                var pool = await AkkaPool.StartAsync(raw, replicas);
                var flow = new FlowBuilder().Add<SlowExecutor>("slow", replicas: replicas).Build();
                await using var host = await FlowHost.StartAsync(flow);
                var client = host.Client;
                Func<Task> flowSend = () => client.SendAsync(new FlowRequest("/index", new DocumentArray(1) { new Document { Id = "d" } }));
                await RunAsync(flowSend, callers, replicas * 2);
                await RunAsync(pool.SendAsync, callers, replicas * 2);

                var flowTimes = new List<double>();
                var akkaTimes = new List<double>();
                var concurrent = 0;
                for (var r = 0; r < repeat; r++)
                {
                    SlowExecutor.ResetConcurrency();
                    flowTimes.Add(await RunAsync(flowSend, callers, requests));
                    concurrent = Math.Max(concurrent, SlowExecutor.MaxConcurrent);
                    akkaTimes.Add(await RunAsync(pool.SendAsync, callers, requests));
                    Console.WriteLine($"flow-replicas-{replicas}-run-{r + 1}: flow {flowTimes[^1]:0.000} s, akka-pool {akkaTimes[^1]:0.000} s (load {Machine.LoadAverage()})");
                }

                var median = Stats.Median(flowTimes);
                var akka = Stats.Median(akkaTimes);
                var ideal = requests * 0.05 / replicas;
                var off = (median - ideal) / ideal * 100;
                if (Math.Abs(off) > worst)
                {
                    worst = Math.Abs(off);
                    worstReplicas = replicas;
                }

                Console.WriteLine($"flow-replicas-{replicas}: {median:0.000} s (ideal={ideal:0.000} s, off={off:+0.0;-0.0}%, max-concurrent={concurrent}, akka-pool={akka:0.000} s, flow/akka={median / akka:0.00}, median of {repeat})");
            }
        }
        finally
        {
            await raw.Terminate();
        }

        Console.WriteLine($"flow-replicas: {worst:0.0} % worst deviation from 10 s / replicas (replicas=1,2,4,8,16, worst at {worstReplicas})");
        return 0;
    }

    /// <summary><paramref name="callers"/> callers send <paramref name="requests"/> requests in all; the wall time in seconds.</summary>
    private static async Task<double> RunAsync(Func<Task> send, int callers, int requests)
    {
        var next = 0;
        var sw = Stopwatch.StartNew();
        var tasks = new Task[Math.Min(callers, requests)];
        for (var c = 0; c < tasks.Length; c++)
        {
            tasks[c] = Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) <= requests)
                {
                    await send().ConfigureAwait(false);
                }
            });
        }

        await Task.WhenAll(tasks);
        return sw.Elapsed.TotalSeconds;
    }
}
