namespace Flow.Bench.Overhead;

/// <summary>Requests per second, latency percentiles in microseconds, and requests per CPU second of the whole process (0 when not measured).</summary>
internal readonly record struct LoadResult(double Rate, double P50, double P99, double PerCpuSecond = 0);
