namespace Flow.Hocon;

/// <summary>The base of every configuration error: a rejected input, an unresolvable substitution, a missing or mistyped key.</summary>
public class ConfigException : Exception
{
    /// <summary>Creates an error with a message.</summary>
    /// <param name="message">What went wrong, naming where.</param>
    public ConfigException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and its cause.</summary>
    /// <param name="message">What went wrong, naming where.</param>
    /// <param name="innerException">The cause.</param>
    public ConfigException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
