using System.Globalization;
using Flow.Hocon.Reading;

namespace Flow.Hocon;

/// <summary>Typed reads of lists. An object with integer keys (<c>{ "0": a, "1": b }</c>) reads as a list in key order.</summary>
public sealed partial class Config
{
    /// <summary>The values of a list.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not a list.</exception>
    public IReadOnlyList<ConfigValue> GetList(string path) => ValueConverter.ToList(path, Required(path, "a list"));

    /// <summary>A list of strings; numbers and booleans read as their written text.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not a list of scalars.</exception>
    public IReadOnlyList<string> GetStringList(string path) => Convert(path, ValueConverter.StringType, ValueConverter.ToText);

    /// <summary>A list of strings, or <paramref name="defaultValue"/> when the path is absent or null.</summary>
    /// <param name="path">A path expression.</param>
    /// <param name="defaultValue">Returned when the path is absent or null.</param>
    /// <exception cref="ConfigWrongTypeException">When the value is not a list of scalars.</exception>
    public IReadOnlyList<string> GetStringList(string path, IReadOnlyList<string> defaultValue) =>
        HasPath(path) ? GetStringList(path) : defaultValue;

    /// <summary>A list of 32-bit integers.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not a list of integers.</exception>
    public IReadOnlyList<int> GetIntList(string path) => Convert(path, ValueConverter.IntType, ValueConverter.ToInt);

    /// <summary>A list of 64-bit integers.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not a list of integers.</exception>
    public IReadOnlyList<long> GetLongList(string path) => Convert(path, ValueConverter.LongType, (p, v) => ValueConverter.ToLong(p, v));

    /// <summary>A list of doubles.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not a list of numbers.</exception>
    public IReadOnlyList<double> GetDoubleList(string path) => Convert(path, ValueConverter.DoubleType, ValueConverter.ToDouble);

    /// <summary>A list of booleans.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not a list of booleans.</exception>
    public IReadOnlyList<bool> GetBooleanList(string path) => Convert(path, ValueConverter.BooleanType, ValueConverter.ToBoolean);

    /// <summary>A list of objects, each as a configuration.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not a list of objects.</exception>
    public IReadOnlyList<Config> GetConfigList(string path) => Convert(
        path,
        "an object",
        (p, v) => v is ConfigObject obj ? new Config(obj) : throw new ConfigWrongTypeException(p, "an object", v));

    private List<T> Convert<T>(string path, string elementType, Func<string, ConfigValue, T> convert)
    {
        var items = ValueConverter.ToList(path, Required(path, $"a list of {elementType}"));
        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var elementPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            result.Add(convert(elementPath, items[i]));
        }

        return result;
    }
}
