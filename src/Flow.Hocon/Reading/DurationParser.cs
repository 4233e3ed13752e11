using System.Globalization;

namespace Flow.Hocon.Reading;

/// <summary>HOCON durations: a number (milliseconds when bare) and a unit <c>ns us ms s m h d</c> or its long forms.</summary>
internal static class DurationParser
{
    /// <summary>Parses a duration; returns null with a reason when the text is not one.</summary>
    public static TimeSpan? Parse(string text, bool allowInfinite, out string? reason)
    {
        reason = null;
        var trimmed = text.Trim();
        if (trimmed is "infinite" or "inf" or "Inf" or "Infinite")
        {
            if (allowInfinite)
            {
                return Timeout.InfiniteTimeSpan;
            }

            reason = "'infinite' is not allowed for this setting";
            return null;
        }

        if (!UnitSplitter.Split(trimmed, out var number, out var unit))
        {
            reason = "expected a number followed by an optional unit, e.g. 500ms or 10 seconds";
            return null;
        }

        var nanos = NanosPerUnit(unit);
        if (nanos is null)
        {
            reason = $"unknown duration unit '{unit}' (use ns, us, ms, s, m, h, d or their long forms)";
            return null;
        }

        try
        {
            var ticks = decimal.Round(number * nanos.Value / 100m, MidpointRounding.AwayFromZero);
            if (ticks > TimeSpan.MaxValue.Ticks || ticks < TimeSpan.MinValue.Ticks)
            {
                reason = "the duration is out of range";
                return null;
            }

            return TimeSpan.FromTicks((long)ticks);
        }
        catch (OverflowException)
        {
            reason = "the duration is out of range";
            return null;
        }
    }

    /// <summary>A bare number is milliseconds, as in the lightbend library.</summary>
    public static TimeSpan? FromMilliseconds(decimal milliseconds)
    {
        var ticks = decimal.Round(milliseconds * TimeSpan.TicksPerMillisecond, MidpointRounding.AwayFromZero);
        return ticks > TimeSpan.MaxValue.Ticks || ticks < TimeSpan.MinValue.Ticks ? null : TimeSpan.FromTicks((long)ticks);
    }

    private static decimal? NanosPerUnit(string unit) => unit switch
    {
        "ns" or "nano" or "nanos" or "nanosecond" or "nanoseconds" => 1m,
        "us" or "µs" or "micro" or "micros" or "microsecond" or "microseconds" => 1_000m,
        "" or "ms" or "milli" or "millis" or "millisecond" or "milliseconds" => 1_000_000m,
        "s" or "second" or "seconds" => 1_000_000_000m,
        "m" or "minute" or "minutes" => 60_000_000_000m,
        "h" or "hour" or "hours" => 3_600_000_000_000m,
        "d" or "day" or "days" => 86_400_000_000_000m,
        _ => null,
    };
}
