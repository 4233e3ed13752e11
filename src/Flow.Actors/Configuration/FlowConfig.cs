using Flow.Hocon;
using AkkaConfig = Akka.Configuration.Config;

namespace Flow.Actors.Configuration;

/// <summary>
/// The configuration a Flow node runs with, read by Flow's HOCON parser (never Akka's): a node's own file over
/// Flow's <c>hocon/reference.conf</c> over Akka's reference settings, resolved once (includes, <c>+=</c>,
/// <c>${?ENV}</c> overrides), then handed to Akka as a tree with <see cref="ToAkka"/>.
/// </summary>
public static class FlowConfig
{
    private static readonly Lazy<Config> LazyReference = new(() => Resource("reference.conf", AkkaReferenceConfig.Value));
    private static readonly Lazy<Config> LazyEmbedded = new(() => Resource("embedded.conf", Reference));

    /// <summary>Flow's reference settings over Akka's: what a node runs with when its file sets nothing.</summary>
    public static Config Reference => LazyReference.Value;

    /// <summary>The settings of an embedded Flow (a one-node cluster on 127.0.0.1, port 0) over <see cref="Reference"/>.</summary>
    public static Config Embedded => LazyEmbedded.Value;

    /// <summary>Reads a node's configuration file over <see cref="Reference"/>.</summary>
    /// <param name="path">The HOCON file.</param>
    /// <returns>The resolved configuration.</returns>
    /// <exception cref="ConfigException">The file is unreadable or invalid (the message gives <c>file:line:column</c>), or a substitution cannot resolve.</exception>
    public static Config LoadFile(string path) => Config.ParseFile(path, Reference);

    /// <summary>Parses HOCON text over <see cref="Reference"/>.</summary>
    /// <param name="text">The HOCON text.</param>
    /// <param name="originName">The name errors use; null for <c>&lt;string&gt;</c>.</param>
    /// <returns>The resolved configuration.</returns>
    /// <exception cref="ConfigException">The text is invalid or a substitution cannot resolve.</exception>
    public static Config ParseString(string text, string? originName = null) => Config.ParseString(text, originName, Reference);

    /// <summary>The Akka configuration holding exactly the settings of <paramref name="config"/> (nothing re-parsed).</summary>
    /// <param name="config">A resolved configuration (normally from <see cref="LoadFile"/> or <see cref="ParseString"/>).</param>
    /// <returns>What to create the ActorSystem with.</returns>
    public static AkkaConfig ToAkka(Config config) => AkkaConfigConverter.ToAkka(config);

    private static Config Resource(string name, Config fallback)
    {
        var resource = "Flow.Actors." + name;
        using var stream = typeof(FlowConfig).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing from Flow.Actors.");
        using var reader = new StreamReader(stream);
        return Config.ParseString(reader.ReadToEnd(), name, fallback);
    }
}
