namespace Flow.Hocon;

/// <summary>A string, number, boolean or null: a value that has a text form.</summary>
public abstract class ConfigScalar : ConfigValue
{
    private protected ConfigScalar(ConfigOrigin origin)
        : base(origin)
    {
    }

    /// <summary>The text of the value as written (numbers keep their written form, null is <c>null</c>).</summary>
    public abstract string Text { get; }
}
