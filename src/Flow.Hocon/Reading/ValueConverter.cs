namespace Flow.Hocon.Reading;

/// <summary>
/// Conversions of the typed reads, as HOCON allows them: numbers and booleans read as strings, numeric strings
/// read as numbers, <c>yes/no/on/off</c> read as booleans, bare numbers read as milliseconds or bytes.
/// </summary>
internal static class ValueConverter
{
    public const string StringType = "a string";
    public const string IntType = "a 32-bit integer";
    public const string LongType = "a 64-bit integer";
    public const string DoubleType = "a number";
    public const string BooleanType = "a boolean (true/false, yes/no, on/off)";
    public const string DurationType = "a duration (e.g. 500ms, 10s, 2 minutes)";
    public const string SizeType = "a size in bytes (e.g. 512KiB, 10MB)";

    public static string ToText(string path, ConfigValue value) =>
        value is ConfigScalar scalar ? scalar.Text : throw new ConfigWrongTypeException(path, StringType, value);

    public static long ToLong(string path, ConfigValue value, string expected = LongType)
    {
        var number = AsNumber(path, value, expected);
        if (number.IsInteger)
        {
            return number.ToInt64();
        }

        var d = number.ToDouble();
        return d == Math.Floor(d) && d >= long.MinValue && d < 9.2233720368547758E18
            ? (long)d
            : throw new ConfigWrongTypeException(path, expected, value, "it has a fractional part or is out of range");
    }

    public static int ToInt(string path, ConfigValue value)
    {
        var result = ToLong(path, value, IntType);
        return result is >= int.MinValue and <= int.MaxValue
            ? (int)result
            : throw new ConfigWrongTypeException(path, IntType, value, "it is out of the 32-bit range");
    }

    public static double ToDouble(string path, ConfigValue value) => AsNumber(path, value, DoubleType).ToDouble();

    public static bool ToBoolean(string path, ConfigValue value) => value switch
    {
        ConfigBoolean boolean => boolean.Value,
        ConfigString { Value: "true" or "yes" or "on" } => true,
        ConfigString { Value: "false" or "no" or "off" } => false,
        _ => throw new ConfigWrongTypeException(path, BooleanType, value),
    };

    public static TimeSpan ToTimeSpan(string path, ConfigValue value, bool allowInfinite)
    {
        switch (value)
        {
            case ConfigNumber number:
                var milliseconds = number.ToDouble();
                return (Math.Abs(milliseconds) < 1e20 ? DurationParser.FromMilliseconds((decimal)milliseconds) : null)
                    ?? throw new ConfigWrongTypeException(path, DurationType, value, "it is out of range");
            case ConfigString text:
                return DurationParser.Parse(text.Value, allowInfinite, out var reason)
                    ?? throw new ConfigWrongTypeException(path, DurationType, value, reason);
            default:
                throw new ConfigWrongTypeException(path, DurationType, value);
        }
    }

    public static long ToByteSize(string path, ConfigValue value)
    {
        switch (value)
        {
            case ConfigNumber:
                return ToLong(path, value, SizeType);
            case ConfigString text:
                return ByteSizeParser.Parse(text.Value, out var reason)
                    ?? throw new ConfigWrongTypeException(path, SizeType, value, reason);
            default:
                throw new ConfigWrongTypeException(path, SizeType, value);
        }
    }

    /// <summary>A list, or an object with integer keys read as the list of its values in key order.</summary>
    public static IReadOnlyList<ConfigValue> ToList(string path, ConfigValue value)
    {
        if (value is ConfigList list)
        {
            return list;
        }

        return value is ConfigObject obj && IndexedObjectToList(obj) is { } items
            ? items
            : throw new ConfigWrongTypeException(path, "a list", value);
    }

    /// <summary>
    /// The specification's conversion of a numerically-indexed object (<c>{ "0": a, "1": b }</c>) to a list: the
    /// values of its integer keys in key order, other keys ignored; null when it has no integer key.
    /// </summary>
    public static ConfigList? IndexedObjectToList(ConfigObject obj)
    {
        List<KeyValuePair<int, ConfigValue>>? indexed = null;
        foreach (var field in obj)
        {
            if (int.TryParse(field.Key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                indexed ??= new List<KeyValuePair<int, ConfigValue>>();
                indexed.Add(new KeyValuePair<int, ConfigValue>(index, field.Value));
            }
        }

        if (indexed is null)
        {
            return null;
        }

        indexed.Sort((a, b) => a.Key.CompareTo(b.Key));
        var items = new List<ConfigValue>(indexed.Count);
        foreach (var item in indexed)
        {
            items.Add(item.Value);
        }

        return new ConfigList(items, obj.Origin);
    }

    /// <summary>Strings such as <c>.33</c> or <c>+5</c> are not HOCON numbers but still read as numbers when asked.</summary>
    private static ConfigNumber? ParseLenient(ConfigString text) =>
        double.TryParse(text.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
        && double.IsFinite(d)
            ? ConfigNumber.FromDouble(d, text.Origin)
            : null;

    private static ConfigNumber AsNumber(string path, ConfigValue value, string expected) => value switch
    {
        ConfigNumber number => number,
        ConfigString text => ConfigNumber.TryParse(text.Value.Trim(), text.Origin)
            ?? ParseLenient(text)
            ?? throw new ConfigWrongTypeException(path, expected, value),
        _ => throw new ConfigWrongTypeException(path, expected, value),
    };
}
