using Flow.Hocon.Parsing;

namespace Flow.Hocon;

/// <summary>Path lookups: presence, raw values and sub-configurations.</summary>
public sealed partial class Config
{
    private static readonly ConfigOrigin PathOrigin = new("<path expression>", 0, 0);

    /// <summary>True when the path exists and its value is not null. A path through a non-object is absent.</summary>
    /// <param name="path">A path expression such as <c>flow.actor.ask-timeout</c>.</param>
    public bool HasPath(string path) => Find(path, expected: null) is { } value && value is not ConfigNull;

    /// <summary>The value at a path (null values included).</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent.</exception>
    public ConfigValue GetValue(string path) =>
        Find(path, "a value") ?? throw new ConfigMissingException(path, "a value");

    /// <summary>The object at a path.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not an object.</exception>
    public ConfigObject GetObject(string path) =>
        Required(path, "an object") as ConfigObject ?? throw new ConfigWrongTypeException(path, "an object", GetValue(path));

    /// <summary>The object at a path as a configuration whose paths are relative to it.</summary>
    /// <param name="path">A path expression.</param>
    /// <exception cref="ConfigMissingException">When the path is absent or null.</exception>
    /// <exception cref="ConfigWrongTypeException">When the value is not an object.</exception>
    public Config GetConfig(string path) => new(GetObject(path));

    /// <summary>The object at a path as a configuration, or <paramref name="defaultValue"/> when absent or null.</summary>
    /// <param name="path">A path expression.</param>
    /// <param name="defaultValue">Returned when the path is absent or null.</param>
    /// <exception cref="ConfigWrongTypeException">When the value is present but not an object.</exception>
    public Config GetConfig(string path, Config defaultValue) => HasPath(path) ? GetConfig(path) : defaultValue;

    /// <summary>
    /// Joins keys into a path expression, quoting keys that need it: <c>JoinPath("deployment", "/user/workers")</c>
    /// is <c>deployment."/user/workers"</c>.
    /// </summary>
    /// <param name="keys">The keys, outermost first; at least one.</param>
    public static string JoinPath(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            throw new ArgumentException("A path needs at least one key.", nameof(keys));
        }

        return ConfigPath.Render(keys);
    }

    private ConfigValue Required(string path, string expected)
    {
        var value = Find(path, expected) ?? throw new ConfigMissingException(path, expected);
        return value is ConfigNull ? throw new ConfigMissingException(path, expected, isNull: true) : value;
    }

    private ConfigValue? Optional(string path, string expected)
    {
        var value = Find(path, expected);
        return value is ConfigNull ? null : value;
    }

    /// <summary>Walks a path; null when absent. With an expected type, a non-object on the way is a wrong-type error.</summary>
    private ConfigValue? Find(string path, string? expected)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] segments;
        try
        {
            segments = ConfigPath.Parse(path, PathOrigin);
        }
        catch (ConfigParseException e)
        {
            throw new ConfigException($"Invalid path expression '{path}': {e.Detail}", e);
        }

        ConfigValue current = Root;
        for (var i = 0; i < segments.Length; i++)
        {
            if (current is not ConfigObject obj)
            {
                if (expected is null || current is ConfigNull)
                {
                    return null;
                }

                var prefix = ConfigPath.Render(segments.AsSpan(0, i));
                throw new ConfigWrongTypeException(prefix, $"an object (to read '{path}' as {expected})", current);
            }

            if (!obj.TryGetValue(segments[i], out var child))
            {
                return null;
            }

            current = child;
        }

        return current;
    }
}
