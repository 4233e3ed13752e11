namespace Flow.Bench.Common;

/// <summary>Medians and percentiles of samples (the samples are sorted in place).</summary>
internal static class Stats
{
    public static double Median(List<double> samples) => Median(samples.ToArray());

    public static double Median(double[] samples)
    {
        Array.Sort(samples);
        var n = samples.Length;
        return n % 2 == 1 ? samples[n / 2] : (samples[(n / 2) - 1] + samples[n / 2]) / 2;
    }

    /// <summary>The <paramref name="percent"/>-th percentile of sorted <paramref name="sorted"/> (nearest rank).</summary>
    public static double Percentile(double[] sorted, double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
