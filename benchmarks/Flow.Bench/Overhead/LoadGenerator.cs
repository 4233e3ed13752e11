using System.Diagnostics;
using Flow.Bench.Common;

namespace Flow.Bench.Overhead;

/// <summary>Drives one kind of request: closed-loop callers for throughput, one caller for latency at light load.</summary>
internal static class LoadGenerator
{
    private const int SamplesPerCaller = 1 << 16;

    /// <summary>
    /// <paramref name="callers"/> callers, each sending its next request when the previous one answered, for
    /// <paramref name="duration"/>; requests/s and the p50 / p99 of every request's latency (µs).
    /// </summary>
    public static async Task<LoadResult> ThroughputAsync(Func<Task> send, int callers, TimeSpan duration)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counts = new long[callers];
        var samples = new long[callers][];
        var tasks = new Task[callers];
        var cpu = ProcessCpu();
        var start = Stopwatch.GetTimestamp();
        for (var c = 0; c < callers; c++)
        {
            var caller = c;
            samples[c] = new long[SamplesPerCaller];
            tasks[c] = Task.Run(async () =>
            {
                var mine = samples[caller];
                long n = 0;
                var now = Stopwatch.GetTimestamp();
                while (now < stop)
                {
                    await send().ConfigureAwait(false);
                    var end = Stopwatch.GetTimestamp();
                    mine[n % SamplesPerCaller] = end - now;
                    now = end;
                    n++;
                }

                counts[caller] = n;
            });
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(start);
        var cpuSeconds = (ProcessCpu() - cpu).TotalSeconds;
        var total = counts.Sum();
        var all = new List<double>();
        for (var c = 0; c < callers; c++)
        {
            var kept = (int)Math.Min(counts[c], SamplesPerCaller);
            for (var i = 0; i < kept; i++)
            {
                all.Add(samples[c][i] * 1e6 / Stopwatch.Frequency);
            }
        }

        var sorted = all.ToArray();
        Array.Sort(sorted);
        return new LoadResult(total / elapsed.TotalSeconds, Stats.Percentile(sorted, 50), Stats.Percentile(sorted, 99), total / cpuSeconds);
    }

    private static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>One caller, <paramref name="requests"/> requests one after the other: p50 / p99 (µs).</summary>
    public static async Task<LoadResult> LatencyAsync(Func<Task> send, int requests)
    {
        var samples = new double[requests];
        var total = Stopwatch.GetTimestamp();
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await send().ConfigureAwait(false);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        var rate = requests / Stopwatch.GetElapsedTime(total).TotalSeconds;
        Array.Sort(samples);
        return new LoadResult(rate, Stats.Percentile(samples, 50), Stats.Percentile(samples, 99));
    }

    /// <summary>Bytes allocated per request by the whole process, one caller.</summary>
    public static async Task<long> AllocationsAsync(Func<Task> send, int requests)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < requests; i++)
        {
            await send().ConfigureAwait(false);
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before) / requests;
    }
}
