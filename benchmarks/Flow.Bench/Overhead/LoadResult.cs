namespace Flow.Bench.Overhead;

/// <summary>Requests per second and latency percentiles in microseconds.</summary>
internal readonly record struct LoadResult(double Rate, double P50, double P99);
