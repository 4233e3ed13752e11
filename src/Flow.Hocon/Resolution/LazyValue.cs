namespace Flow.Hocon.Resolution;

/// <summary>A value known only after substitutions resolve; never reachable from a <see cref="Config"/>.</summary>
internal abstract class LazyValue : ConfigValue
{
    protected LazyValue(ConfigOrigin origin)
        : base(origin)
    {
    }

    /// <inheritdoc />
    public override ConfigValueType Type => throw new InvalidOperationException("An unresolved value has no type yet.");

    /// <inheritdoc />
    internal override bool IsUnresolved => true;
}
