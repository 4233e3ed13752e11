namespace Flow.Hocon;

/// <summary>Entry points in the style of Akka.NET: the embedded defaults and node configurations layered over them.</summary>
public static class ConfigurationFactory
{
    /// <summary>Flow's defaults, <c>hocon/reference.conf</c> embedded in Flow.Actors (same as <see cref="Config.Reference"/>).</summary>
    public static Config Default() => Config.Reference;

    /// <summary>Parses HOCON text over the defaults: its substitutions may refer to default settings, and its settings win.</summary>
    /// <param name="text">The HOCON text.</param>
    /// <param name="originName">The name errors use; null for <c>&lt;string&gt;</c>.</param>
    /// <exception cref="ConfigException">When the text is invalid or a substitution cannot resolve.</exception>
    public static Config ParseString(string text, string? originName = null) => Config.ParseString(text, originName, Config.Reference);

    /// <summary>Parses a file over the defaults: its substitutions may refer to default settings, and its settings win.</summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="ConfigException">When the file is unreadable or invalid, or a substitution cannot resolve.</exception>
    public static Config Load(string path) => Config.ParseFile(path, Config.Reference);
}
