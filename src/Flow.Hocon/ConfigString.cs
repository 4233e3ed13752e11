namespace Flow.Hocon;

/// <summary>A string value.</summary>
public sealed class ConfigString : ConfigScalar
{
    /// <summary>Creates a string value.</summary>
    /// <param name="value">The string; not null.</param>
    /// <param name="origin">Where it was defined.</param>
    public ConfigString(string value, ConfigOrigin origin)
        : base(origin) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The string.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override ConfigValueType Type => ConfigValueType.String;

    /// <summary>True for unquoted whitespace between concatenated values: kept between strings, dropped between objects or lists.</summary>
    internal bool IsWhitespace { get; init; }

    /// <inheritdoc />
    public override string Text => Value;
}
