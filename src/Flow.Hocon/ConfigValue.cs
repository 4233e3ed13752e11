using System.Text;
using Flow.Hocon.Reading;

namespace Flow.Hocon;

/// <summary>
/// A configuration value. Values reachable from a <see cref="Config"/> are always resolved and immutable;
/// unresolved forms (substitutions, concatenations) exist only while a parse runs.
/// </summary>
public abstract class ConfigValue
{
    private protected ConfigValue(ConfigOrigin origin) => Origin = origin;

    /// <summary>Where the value was defined.</summary>
    public ConfigOrigin Origin { get; }

    /// <summary>The kind of the value.</summary>
    public abstract ConfigValueType Type { get; }

    /// <summary>True when the value still contains substitutions (only during a parse).</summary>
    internal virtual bool IsUnresolved => false;

    /// <summary>Renders the value as JSON: objects keep their key order, numbers their written form where it is valid JSON.</summary>
    /// <param name="indented">True for two-space indented output, false for a single line.</param>
    public string ToJson(bool indented = true)
    {
        var builder = new StringBuilder();
        JsonRenderer.Write(builder, this, indented, 0);
        return builder.ToString();
    }

    /// <summary>The JSON rendering on one line.</summary>
    public override string ToString() => ToJson(indented: false);
}
