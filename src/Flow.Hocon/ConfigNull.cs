namespace Flow.Hocon;

/// <summary>The literal <c>null</c>. A path whose value is null counts as absent for <see cref="Config.HasPath"/>.</summary>
public sealed class ConfigNull : ConfigScalar
{
    /// <summary>Creates a null value.</summary>
    /// <param name="origin">Where it was defined.</param>
    public ConfigNull(ConfigOrigin origin)
        : base(origin)
    {
    }

    /// <inheritdoc />
    public override ConfigValueType Type => ConfigValueType.Null;

    /// <inheritdoc />
    public override string Text => "null";
}
