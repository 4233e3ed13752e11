namespace Flow.Hocon;

/// <summary>A read of a path whose value cannot convert to the requested type; the message names path, origin and both types.</summary>
public sealed class ConfigWrongTypeException : ConfigException
{
    /// <summary>Creates a wrong-type error.</summary>
    /// <param name="path">The full path that was read.</param>
    /// <param name="expected">The type the read expected, e.g. "an integer".</param>
    /// <param name="value">The value found.</param>
    /// <param name="reason">An optional explanation, e.g. why a duration did not parse.</param>
    public ConfigWrongTypeException(string path, string expected, ConfigValue value, string? reason = null)
        : base($"{value.Origin}: configuration path '{path}' has type {Describe(value)}; expected {expected}"
               + (reason is null ? "." : $" ({reason})."))
    {
        Path = path;
        Expected = expected;
        Actual = value.Type;
    }

    /// <summary>The full path that was read.</summary>
    public string Path { get; }

    /// <summary>The type the read expected.</summary>
    public string Expected { get; }

    /// <summary>The type found.</summary>
    public ConfigValueType Actual { get; }

    private static string Describe(ConfigValue value) => value switch
    {
        ConfigScalar scalar and not ConfigNull => $"{value.Type.ToString().ToLowerInvariant()} '{scalar.Text}'",
        _ => value.Type.ToString().ToLowerInvariant(),
    };
}
