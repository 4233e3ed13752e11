namespace Flow.Hocon;

/// <summary>The kind of a resolved configuration value, as HOCON and JSON define them.</summary>
public enum ConfigValueType
{
    /// <summary>An object: an ordered map from keys to values.</summary>
    Object,

    /// <summary>A list of values.</summary>
    List,

    /// <summary>A string (quoted, unquoted or a concatenation).</summary>
    String,

    /// <summary>A number: a 64-bit integer or a double.</summary>
    Number,

    /// <summary>The literal <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>The literal <c>null</c>.</summary>
    Null,
}
