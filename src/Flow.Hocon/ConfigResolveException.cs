namespace Flow.Hocon;

/// <summary>A required substitution that resolves to nothing, or a substitution cycle; the message names the path.</summary>
public sealed class ConfigResolveException : ConfigException
{
    /// <summary>Creates a resolution error.</summary>
    /// <param name="origin">Where the substitution was written.</param>
    /// <param name="path">The substitution's path, as written.</param>
    /// <param name="detail">What went wrong.</param>
    public ConfigResolveException(ConfigOrigin origin, string path, string detail)
        : base($"{origin}: {detail}")
    {
        Origin = origin;
        Path = path;
    }

    /// <summary>Where the substitution was written.</summary>
    public ConfigOrigin Origin { get; }

    /// <summary>The substitution's path.</summary>
    public string Path { get; }
}
