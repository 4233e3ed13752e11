using Flow.Hocon.Reading;

namespace Flow.Hocon;

/// <summary>Typed reads of single values. Each throws for an absent, null or unconvertible value unless given a default.</summary>
public sealed partial class Config
{
    /// <summary>A string; numbers and booleans read as their written text.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is an object or list.</exception>
    public string GetString(string path) => ValueConverter.ToText(path, Required(path, ValueConverter.StringType));

    /// <summary>A string, or <paramref name="defaultValue"/> when the path is absent or null.</summary>
    /// <param name="path">A path expression.</param>
    /// <param name="defaultValue">Returned when the path is absent or null.</param>
    /// <exception cref="ConfigWrongTypeException">When the value is an object or list.</exception>
    public string GetString(string path, string defaultValue) =>
        Optional(path, ValueConverter.StringType) is { } value ? ValueConverter.ToText(path, value) : defaultValue;

    /// <summary>A 32-bit integer; numeric strings convert.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not an integer in range.</exception>
    public int GetInt(string path) => ValueConverter.ToInt(path, Required(path, ValueConverter.IntType));

    /// <summary>A 32-bit integer, or <paramref name="defaultValue"/> when the path is absent or null.</summary>
    /// <param name="path">A path expression.</param>
    /// <param name="defaultValue">Returned when the path is absent or null.</param>
    /// <exception cref="ConfigWrongTypeException">When the value is not an integer in range.</exception>
    public int GetInt(string path, int defaultValue) =>
        Optional(path, ValueConverter.IntType) is { } value ? ValueConverter.ToInt(path, value) : defaultValue;

    /// <summary>A 64-bit integer; numeric strings convert.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not an integer in range.</exception>
    public long GetLong(string path) => ValueConverter.ToLong(path, Required(path, ValueConverter.LongType));

    /// <summary>A 64-bit integer, or <paramref name="defaultValue"/> when the path is absent or null.</summary>
    /// <param name="path">A path expression.</param>
    /// <param name="defaultValue">Returned when the path is absent or null.</param>
    /// <exception cref="ConfigWrongTypeException">When the value is not an integer in range.</exception>
    public long GetLong(string path, long defaultValue) =>
        Optional(path, ValueConverter.LongType) is { } value ? ValueConverter.ToLong(path, value) : defaultValue;

    /// <summary>A double; numeric strings convert.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not a number.</exception>
    public double GetDouble(string path) => ValueConverter.ToDouble(path, Required(path, ValueConverter.DoubleType));

    /// <summary>A double, or <paramref name="defaultValue"/> when the path is absent or null.</summary>
    /// <param name="path">A path expression.</param>
    /// <param name="defaultValue">Returned when the path is absent or null.</param>
    /// <exception cref="ConfigWrongTypeException">When the value is not a number.</exception>
    public double GetDouble(string path, double defaultValue) =>
        Optional(path, ValueConverter.DoubleType) is { } value ? ValueConverter.ToDouble(path, value) : defaultValue;

    /// <summary>A boolean: <c>true/false</c>, or the strings <c>yes/no/on/off/true/false</c>.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not a boolean.</exception>
    public bool GetBoolean(string path) => ValueConverter.ToBoolean(path, Required(path, ValueConverter.BooleanType));

    /// <summary>A boolean, or <paramref name="defaultValue"/> when the path is absent or null.</summary>
    /// <param name="path">A path expression.</param>
    /// <param name="defaultValue">Returned when the path is absent or null.</param>
    /// <exception cref="ConfigWrongTypeException">When the value is not a boolean.</exception>
    public bool GetBoolean(string path, bool defaultValue) =>
        Optional(path, ValueConverter.BooleanType) is { } value ? ValueConverter.ToBoolean(path, value) : defaultValue;

    /// <summary>
    /// A duration: a number with unit <c>ns us ms s m h d</c> (or long forms such as <c>seconds</c>); a bare
    /// number is milliseconds. <c>infinite</c> reads as <see cref="Timeout.InfiniteTimeSpan"/> only when allowed.
    /// </summary>
    /// <param name="path">A path expression.</param>
    /// <param name="allowInfinite">True when the setting accepts <c>infinite</c>.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not a duration (or is a disallowed <c>infinite</c>).</exception>
    public TimeSpan GetTimeSpan(string path, bool allowInfinite = false) =>
        ValueConverter.ToTimeSpan(path, Required(path, ValueConverter.DurationType), allowInfinite);

    /// <summary>A duration, or <paramref name="defaultValue"/> when the path is absent or null.</summary>
    /// <param name="path">A path expression.</param>
    /// <param name="defaultValue">Returned when the path is absent or null.</param>
    /// <param name="allowInfinite">True when the setting accepts <c>infinite</c>.</param>
    /// <exception cref="ConfigWrongTypeException">When the value is not a duration (or is a disallowed <c>infinite</c>).</exception>
    public TimeSpan GetTimeSpan(string path, TimeSpan defaultValue, bool allowInfinite = false) =>
        Optional(path, ValueConverter.DurationType) is { } value
            ? ValueConverter.ToTimeSpan(path, value, allowInfinite)
            : defaultValue;

    /// <summary>A size in bytes: a number with unit <c>B K KB KiB M MB MiB G GB GiB T P E</c> or long forms; a bare number is bytes.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not a size or exceeds a long.</exception>
    public long GetByteSize(string path) => ValueConverter.ToByteSize(path, Required(path, ValueConverter.SizeType));

    /// <summary>A size in bytes, or <paramref name="defaultValue"/> when the path is absent or null.</summary>
    /// <param name="path">A path expression.</param>
    /// <param name="defaultValue">Returned when the path is absent or null.</param>
    /// <exception cref="ConfigWrongTypeException">When the value is not a size or exceeds a long.</exception>
    public long GetByteSize(string path, long defaultValue) =>
        Optional(path, ValueConverter.SizeType) is { } value ? ValueConverter.ToByteSize(path, value) : defaultValue;
}
