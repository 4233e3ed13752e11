namespace Flow.Hocon;

/// <summary>A read of a path that is absent or null; the message names the full path and the expected type.</summary>
public sealed class ConfigMissingException : ConfigException
{
    /// <summary>Creates a missing-key error.</summary>
    /// <param name="path">The full path that was read.</param>
    /// <param name="expected">The type the read expected, e.g. "a duration".</param>
    /// <param name="isNull">True when the path is present with the value null.</param>
    public ConfigMissingException(string path, string expected, bool isNull = false)
        : base(isNull
            ? $"Configuration path '{path}' is null; expected {expected}."
            : $"No configuration setting found for path '{path}'; expected {expected}.")
    {
        Path = path;
        Expected = expected;
    }

    /// <summary>The full path that was read.</summary>
    public string Path { get; }

    /// <summary>The type the read expected.</summary>
    public string Expected { get; }
}
