namespace Flow.Hocon.Reading;

/// <summary>HOCON sizes in bytes: powers of ten (kB, MB, kilobytes) and of two (K, KiB, kibibytes); zetta and yotta parse but exceed a long.</summary>
internal static class ByteSizeParser
{
    /// <summary>Parses a size; returns null with a reason when the text is not one or exceeds a long.</summary>
    public static long? Parse(string text, out string? reason)
    {
        reason = null;
        if (!UnitSplitter.Split(text.Trim(), out var number, out var unit))
        {
            reason = "expected a number followed by an optional unit, e.g. 64KiB or 10 MB";
            return null;
        }

        var factor = Factor(unit);
        if (factor is null)
        {
            reason = $"unknown size unit '{unit}' (use B, K/KiB, KB/kB, M/MiB, MB, G/GiB, GB, T, P, E and long forms)";
            return null;
        }

        try
        {
            var bytes = decimal.Round(number * factor.Value, MidpointRounding.AwayFromZero);
            if (bytes > long.MaxValue || bytes < long.MinValue)
            {
                reason = "the size is out of range of a 64-bit integer";
                return null;
            }

            return (long)bytes;
        }
        catch (OverflowException)
        {
            reason = "the size is out of range of a 64-bit integer";
            return null;
        }
    }

    private static decimal? Factor(string unit)
    {
        switch (unit)
        {
            case "" or "B" or "b" or "byte" or "bytes":
                return 1m;
        }

        var (power, binary) = unit switch
        {
            "K" or "k" or "Ki" or "KiB" or "kibibyte" or "kibibytes" => (1, true),
            "kB" or "KB" or "kilobyte" or "kilobytes" => (1, false),
            "M" or "m" or "Mi" or "MiB" or "mebibyte" or "mebibytes" => (2, true),
            "MB" or "megabyte" or "megabytes" => (2, false),
            "G" or "g" or "Gi" or "GiB" or "gibibyte" or "gibibytes" => (3, true),
            "GB" or "gigabyte" or "gigabytes" => (3, false),
            "T" or "t" or "Ti" or "TiB" or "tebibyte" or "tebibytes" => (4, true),
            "TB" or "terabyte" or "terabytes" => (4, false),
            "P" or "p" or "Pi" or "PiB" or "pebibyte" or "pebibytes" => (5, true),
            "PB" or "petabyte" or "petabytes" => (5, false),
            "E" or "e" or "Ei" or "EiB" or "exbibyte" or "exbibytes" => (6, true),
            "EB" or "exabyte" or "exabytes" => (6, false),
            "Z" or "z" or "Zi" or "ZiB" or "zebibyte" or "zebibytes" => (7, true),
            "ZB" or "zettabyte" or "zettabytes" => (7, false),
            "Y" or "y" or "Yi" or "YiB" or "yobibyte" or "yobibytes" => (8, true),
            "YB" or "yottabyte" or "yottabytes" => (8, false),
            _ => (0, false),
        };
        if (power == 0)
        {
            return null;
        }

        var factor = 1m;
        for (var i = 0; i < power; i++)
        {
            factor *= binary ? 1024m : 1000m;
        }

        return factor;
    }
}
