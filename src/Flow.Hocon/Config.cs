using Flow.Hocon.Resolution;

namespace Flow.Hocon;

/// <summary>
/// A resolved, immutable HOCON configuration. Parsing (or <see cref="Load(IEnumerable{ConfigSource}, ConfigLoadOptions?)"/>
/// for several layers) returns a whole resolved tree or throws a
/// <see cref="ConfigException"/>; reads take path expressions (<c>a.b."c.d"</c>) and throw
/// <see cref="ConfigMissingException"/> or <see cref="ConfigWrongTypeException"/> naming the full path and the
/// expected type. Instances are safe to share between threads.
/// </summary>
public sealed partial class Config
{
    /// <summary>Wraps a resolved object.</summary>
    /// <param name="root">The resolved root object.</param>
    public Config(ConfigObject root) => Root = root ?? throw new ArgumentNullException(nameof(root));

    /// <summary>A configuration without settings.</summary>
    public static Config Empty { get; } = new(ConfigObject.Empty);

    /// <summary>The resolved root object.</summary>
    public ConfigObject Root { get; }

    /// <summary>True when the root has no keys.</summary>
    public bool IsEmpty => Root.Count == 0;

    /// <summary>The root's keys, in order of first definition.</summary>
    public IEnumerable<string> Keys => Root.Keys;

    /// <summary>Parses and resolves HOCON text. Relative includes start from the working directory.</summary>
    /// <param name="text">The HOCON text.</param>
    /// <param name="originName">The name errors use instead of a file name; defaults to <c>&lt;string&gt;</c>.</param>
    /// <exception cref="ConfigException">When the text is invalid or a substitution cannot resolve.</exception>
    public static Config ParseString(string text, string? originName = null) => ParseString(text, originName, null);

    /// <summary>
    /// Parses HOCON text and resolves it over a resolved fallback: the text's substitutions may refer to the fallback's
    /// settings, while the fallback's own substitutions were resolved without the text. To resolve several layers
    /// together, use <see cref="Load(IEnumerable{ConfigSource}, ConfigLoadOptions?)"/>.
    /// </summary>
    /// <param name="text">The HOCON text.</param>
    /// <param name="originName">The name errors use instead of a file name; null for <c>&lt;string&gt;</c>.</param>
    /// <param name="fallback">Settings used where the text defines none, or null.</param>
    /// <exception cref="ConfigException">When the text is invalid or a substitution cannot resolve.</exception>
    public static Config ParseString(string text, string? originName, Config? fallback)
    {
        var source = ConfigSource.FromString(text, originName);
        return fallback is null || fallback.IsEmpty ? Load(source) : Load(source, ConfigSource.FromConfig(fallback));
    }

    /// <summary>Parses and resolves a HOCON (or JSON) file; includes are relative to its directory.</summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="ConfigException">When the file is unreadable or invalid, or a substitution cannot resolve.</exception>
    public static Config ParseFile(string path) => ParseFile(path, null);

    /// <summary>
    /// Parses a file and resolves it over a resolved fallback: the file's substitutions may refer to the fallback's
    /// settings, while the fallback's own substitutions were resolved without the file. To resolve several layers
    /// together, use <see cref="Load(IEnumerable{ConfigSource}, ConfigLoadOptions?)"/>.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="fallback">Settings used where the file defines none, or null.</param>
    /// <exception cref="ConfigException">When the file is unreadable or invalid, or a substitution cannot resolve.</exception>
    public static Config ParseFile(string path, Config? fallback)
    {
        var source = ConfigSource.FromFile(path);
        return fallback is null || fallback.IsEmpty ? Load(source) : Load(source, ConfigSource.FromConfig(fallback));
    }

    /// <summary>
    /// Merges with a fallback: values of this configuration win, objects present in both merge recursively, and
    /// an object that already hid a non-object fallback merges no further. Keys come in this configuration's order,
    /// then the fallback's other keys in the fallback's order. Neither input changes.
    /// </summary>
    /// <param name="fallback">The lower-priority configuration.</param>
    public Config WithFallback(Config fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return ReferenceEquals(fallback, this) ? this : new Config(Merger.MergeFallback(Root, fallback.Root));
    }

    /// <summary>Renders the whole tree as JSON (see <see cref="ConfigValue.ToJson"/>).</summary>
    /// <param name="indented">True for two-space indented output, false for a single line.</param>
    public string ToJson(bool indented = true) => Root.ToJson(indented);

    /// <summary>The root's fields in order.</summary>
    public IEnumerable<KeyValuePair<string, ConfigValue>> AsEnumerable() => Root.AsEnumerable();

    /// <summary>The JSON rendering on one line.</summary>
    public override string ToString() => Root.ToJson(indented: false);
}
