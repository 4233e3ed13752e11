namespace Flow.Hocon;

/// <summary>The literal <c>true</c> or <c>false</c>.</summary>
public sealed class ConfigBoolean : ConfigScalar
{
    /// <summary>Creates a boolean value.</summary>
    /// <param name="value">The boolean.</param>
    /// <param name="origin">Where it was defined.</param>
    public ConfigBoolean(bool value, ConfigOrigin origin)
        : base(origin) => Value = value;

    /// <summary>The boolean.</summary>
    public bool Value { get; }

    /// <inheritdoc />
    public override ConfigValueType Type => ConfigValueType.Boolean;

    /// <inheritdoc />
    public override string Text => Value ? "true" : "false";
}
