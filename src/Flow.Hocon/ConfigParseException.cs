namespace Flow.Hocon;

/// <summary>A rejected input: the message starts with <c>file:line:column:</c> and says what was expected there.</summary>
public sealed class ConfigParseException : ConfigException
{
    /// <summary>Creates a parse error.</summary>
    /// <param name="origin">Where the input was rejected.</param>
    /// <param name="detail">What was expected and what was found.</param>
    /// <param name="innerException">The cause, e.g. an I/O error, or null.</param>
    public ConfigParseException(ConfigOrigin origin, string detail, Exception? innerException = null)
        : base($"{origin}: {detail}", innerException)
    {
        Origin = origin;
        Detail = detail;
    }

    /// <summary>Where the input was rejected.</summary>
    public ConfigOrigin Origin { get; }

    /// <summary>The message without its location.</summary>
    public string Detail { get; }
}
